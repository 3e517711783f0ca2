import type { Rag } from '../plan-json';

/** A RAG rating written as a word or letter ("Amber", "G", "Complete"), or null when the text is not one. */
export function ragFromText(text: string): Rag | null {
  const t = text.trim().toLowerCase().replace(/[.\s]+$/, '');
  if (/^(r|red)$/.test(t)) return 'red';
  if (/^(a|amber|orange|yellow)$/.test(t)) return 'amber';
  if (/^(g|green)$/.test(t)) return 'green';
  if (/^(b|blue|complete|completed|done)$/.test(t)) return 'blue';
  return null;
}

/** A RAG rating from a cell fill colour (hex "RRGGBB"), by hue, or null for white, grey or unknown fills. */
export function ragFromShading(hex: string | undefined): Rag | null {
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.2 || max < 0.25) return null;
  const d = max - min;
  const hue = max === r ? (((g - b) / d) % 6) * 60 : max === g ? ((b - r) / d + 2) * 60 : ((r - g) / d + 4) * 60;
  const h = (hue + 360) % 360;
  if (h < 20 || h >= 330) return 'red';
  if (h < 70) return 'amber';
  if (h < 170) return 'green';
  if (h < 260) return 'blue';
  return null;
}
