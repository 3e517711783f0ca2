import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCompressible, preferredEncoding } from './compressed-files';
import { cacheControlFor, resolveStaticPath, serveStatic } from './static-files';

const ROOT = '/srv/concord/dist';

describe('resolveStaticPath', () => {
  it.each([
    ['/', ROOT],
    ['/index.html', join(ROOT, 'index.html')],
    ['/assets/index-B3xk9_Qa.js', join(ROOT, 'assets/index-B3xk9_Qa.js')],
    ['/a%20b.txt', join(ROOT, 'a b.txt')],
    ['/x/../y.js', join(ROOT, 'y.js')],
  ])('maps %s inside the root', (url, file) => {
    expect(resolveStaticPath(ROOT, url)).toBe(file);
  });

  it.each(['/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/a/%2e%2e/%2e%2e/%2e%2e/x'])(
    'keeps %s inside the root',
    (url) => {
      const file = resolveStaticPath(ROOT, url);
      expect(file === null || file === ROOT || file.startsWith(`${ROOT}/`)).toBe(true);
    },
  );

  it.each(['/..%5c..%5cx', '/%00', '/%E0%A4%A', '/a\\b'])('refuses %s', (url) => {
    expect(resolveStaticPath(ROOT, url)).toBeNull();
  });

  it('does not treat a sibling folder with the same prefix as inside', () => {
    expect(resolveStaticPath(ROOT, '/../dist-old/secret')).not.toBe('/srv/concord/dist-old/secret');
  });
});

describe('cacheControlFor', () => {
  it.each(['/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js', '/icon.svg'])('revalidates %s', (p) => {
    expect(cacheControlFor(p)).toBe('no-cache');
  });

  it.each(['/assets/index-B3xk9_Qa.js', '/assets/logo.svg', '/workbox-5ffe50d4.js'])('caches %s for a year', (p) => {
    expect(cacheControlFor(p)).toBe('public, max-age=31536000, immutable');
  });
});

describe('compressed client files', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['identity', null],
    [undefined, null],
  ] as const)('picks %s -> %s', (header, encoding) => {
    expect(preferredEncoding(header)).toBe(encoding);
  });

  it('compresses scripts, styles and pages, not images or tiny files', () => {
    expect(isCompressible('/d/assets/index-B3xk9_Qa.js', 50_000)).toBe(true);
    expect(isCompressible('/d/index.html', 2_000)).toBe(true);
    expect(isCompressible('/d/icons/icon-192.png', 50_000)).toBe(false);
    expect(isCompressible('/d/registerSW.js', 200)).toBe(false);
  });

  it('serves what the browser accepts, byte for byte the file once decoded, and says it varies', async () => {
    const root = mkdtempSync(join(tmpdir(), 'concord-static-'));
    const script = 'export const words = "plans and actions";\n'.repeat(200);
    writeFileSync(join(root, 'app.js'), script);
    const server = createServer((req, res) => void serveStatic(root, req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/app.js`;
    try {
      for (const encoding of ['br', 'gzip'] as const) {
        const res = await rawGet(url, encoding);
        expect(res.headers['content-encoding']).toBe(encoding);
        expect(res.headers.vary).toBe('Accept-Encoding');
        expect(Number(res.headers['content-length'])).toBe(res.body.length);
        expect(res.body.length).toBeLessThan(script.length / 10);
        const decoded = encoding === 'br' ? brotliDecompressSync(res.body) : gunzipSync(res.body);
        expect(decoded.toString()).toBe(script);
      }
      const plain = await rawGet(url, null);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(script);
    } finally {
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** A GET that leaves the body as sent (fetch would decode it). */
function rawGet(url: string, encoding: string | null): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = encoding ? { 'Accept-Encoding': encoding } : {};
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
