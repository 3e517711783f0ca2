/**
 * Writes Concord's app icons (PNG) into client/public/icons. Run once after changing the design:
 *   pnpm exec tsx client/scripts/make-icons.ts
 * Drawn from geometry rather than shipped as binary art so the design is reviewable in the diff.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

type Rgb = readonly [number, number, number];

const BRAND: Rgb = [0x1d, 0x4e, 0x6b];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const RAG_DOTS: Rgb[] = [
  [0xc6, 0x28, 0x28],
  [0xe0, 0x8a, 0x00],
  [0x2e, 0x7d, 0x32],
];
const SUPERSAMPLE = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Colour of one point in unit coordinates (0..1), or null for transparent. */
function paint(x: number, y: number, maskable: boolean): Rgb | null {
  // Maskable icons may be cropped to a circle of 80% diameter, so the art shrinks into that safe zone.
  const scale = maskable ? 0.72 : 0.9;
  const u = (x - 0.5) / scale + 0.5;
  const v = (y - 0.5) / scale + 0.5;
  const inTile = maskable || roundedSquare(x, y, 0.04, 0.2);
  if (!inTile) return null;
  const dx = u - 0.5;
  const dy = v - 0.5;
  const r = Math.hypot(dx, dy);
  const angle = Math.atan2(dy, dx);
  // A "C": a thick ring open on the right.
  if (r > 0.24 && r < 0.36 && Math.abs(angle) > 0.75) return WHITE;
  for (const [i, colour] of RAG_DOTS.entries()) {
    const cy = 0.5 + (i - 1) * 0.115;
    if (Math.hypot(u - 0.6, v - cy) < 0.045) return colour;
  }
  return BRAND;
}

function roundedSquare(x: number, y: number, inset: number, radius: number): boolean {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function render(size: number, maskable: boolean): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, maskable);
          if (!c) continue;
          acc[0]! += c[0];
          acc[1]! += c[1];
          acc[2]! += c[2];
          acc[3]! += 1;
        }
      }
      const o = (py * size + px) * 4;
      const hits = acc[3]!;
      if (hits === 0) continue;
      out[o] = Math.round(acc[0]! / hits);
      out[o + 1] = Math.round(acc[1]! / hits);
      out[o + 2] = Math.round(acc[2]! / hits);
      out[o + 3] = Math.round((hits / (n * n)) * 255);
    }
  }
  return out;
}

const outDir = fileURLToPath(new URL('../public/icons/', import.meta.url));
mkdirSync(outDir, { recursive: true });
const targets = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
] as const;
for (const t of targets) {
  writeFileSync(outDir + t.file, encodePng(t.size, render(t.size, t.maskable)));
  console.log(`wrote ${t.file}`);
}
