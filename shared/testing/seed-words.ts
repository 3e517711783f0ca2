/**
 * Test support, independent of the parser: reads seeds and checks "no text lost" by word sequences, so a test
 * does not trust the code it is testing to say what the source contained.
 */
import type { Plan } from '../src/plan-json';
import { readSeedText } from '../../testing/seeds';

export const SEEDS = ['bromley', 'bedfordshire-luton', 'south-west-essex', 'nottinghamshire'] as const;

export function readSeed(name: string): string {
  return readSeedText(name);
}

/** Word tokens, lower case; "and" is dropped because splitting leads on " and " removes it. */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t !== 'and');
}

/** Every string anywhere in the plan JSON (and each string list joined), as " tok tok tok " strings. */
export function haystack(plan: Plan): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) {
      if (value.length > 0 && value.every((v) => typeof v === 'string')) strings.push(value.join(' '));
      value.forEach(walk);
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(plan);
  return strings.map((s) => ` ${tokens(s).join(' ')} `);
}

/** A source fragment with its leading list number ("3.", "1.12") set aside: numbering is checked by the counts. */
export function fragmentTokens(fragment: string): string[] {
  return tokens(fragment.replace(/^\s*\d+(\.\d+)*\s?\.?\s+(?=\S)/, ''));
}

export function isIn(hay: readonly string[], fragment: string): boolean {
  const t = fragmentTokens(fragment);
  if (t.length === 0) return true;
  const needle = ` ${t.join(' ')} `;
  return hay.some((h) => h.includes(needle));
}

export interface SeedParts {
  /** Each tab-introduced cell piece and each continuation line of the table part. */
  tableFragments: { text: string; line: number }[];
  /** Non-blank lines after the last tab-introduced line. */
  tailLines: { text: string; line: number }[];
}

/** Splits a seed into table fragments and the lines after the tables, by the format's rule alone. */
export function seedParts(text: string): SeedParts {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const isTab = (l: string) => /^ *\t/.test(l);
  let last = -1;
  lines.forEach((l, i) => {
    if (isTab(l)) last = i;
  });
  const parts: SeedParts = { tableFragments: [], tailLines: [] };
  let seenTab = false;
  lines.forEach((l, i) => {
    if (isTab(l)) seenTab = true;
    if (l.trim() === '' || !seenTab) return;
    if (i > last) parts.tailLines.push({ text: l.trim(), line: i + 1 });
    else if (isTab(l)) for (const piece of l.replace(/^ *\t/, '').split('\t')) {
      if (piece.trim()) parts.tableFragments.push({ text: piece.trim(), line: i + 1 });
    }
    else parts.tableFragments.push({ text: l.trim(), line: i + 1 });
  });
  return parts;
}
