/**
 * RAG ratings as cell colours and as words. Word plans usually carry the RAG as a cell's background colour, in
 * whatever shade the author picked, so a fill is read by its nearest hue rather than by an exact value.
 */
import type { Rag } from './plan-json';

/** The fills Concord writes (hex, no '#'); each reads back as its own RAG through ragFromFill. */
export const RAG_FILLS: Record<Rag, string> = {
  red: 'FF0000',
  amber: 'FFC000',
  green: '00B050',
  blue: '0070C0',
};

/** Text colour on each fill, chosen for contrast of at least 4.5:1. */
export const RAG_TEXT_COLOURS: Record<Rag, string> = {
  red: '000000',
  amber: '000000',
  green: '000000',
  blue: 'FFFFFF',
};

/** Anchor hues in degrees. Yellow (60°) sits nearer amber than green, as authors use it for amber. */
const HUES: readonly (readonly [Rag, number])[] = [
  ['red', 0],
  ['amber', 42],
  ['green', 125],
  ['blue', 215],
];

/** Beyond this a colour is no rating (Word's purple, magenta) rather than a badly chosen one. */
const MAX_HUE_DISTANCE = 50;

interface Hsl {
  h: number;
  s: number;
  l: number;
}

function hexToHsl(hex: string): Hsl | null {
  const m = /^#?(?:[0-9a-f]{2})?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x ?? '0', 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === r) h = ((g - b) / d) % 6;
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/**
 * The RAG a cell fill stands for, by nearest hue; null for white, greys, black, purples, "auto" and anything
 * unreadable.
 * Accepts "RRGGBB", "#RRGGBB" and xlsx "AARRGGBB".
 */
export function ragFromFill(hex: string | undefined): Rag | null {
  const hsl = hex === undefined ? null : hexToHsl(hex);
  if (!hsl || hsl.s < 0.25 || hsl.l > 0.94 || hsl.l < 0.08) return null;
  let best: Rag = 'red';
  let bestDistance = Infinity;
  for (const [rag, hue] of HUES) {
    const d = hueDistance(hsl.h, hue);
    if (d < bestDistance) [best, bestDistance] = [rag, d];
  }
  return bestDistance <= MAX_HUE_DISTANCE ? best : null;
}

const WORDS: Record<string, Rag> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
  b: 'blue',
  blue: 'blue',
  orange: 'amber',
  yellow: 'amber',
  complete: 'blue',
  completed: 'blue',
  done: 'blue',
  'blue complete': 'blue',
};

/**
 * The RAG a cell's words name ("Red", "R", "Amber", "A", "Green", "G", "Blue", "Complete", "Blue (complete)"),
 * case and punctuation ignored; null when the text is anything else.
 */
export function ragFromWord(text: string): Rag | null {
  if (text.length > 24) return null; // longer than any rating word: a sentence, not a rating
  const key = text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  return WORDS[key] ?? null;
}
