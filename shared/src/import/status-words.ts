/**
 * Status words in place of a RAG ("COMPLETE", "On track", "Delayed", "Not started", "Progressing as planned").
 * The plan's own key decides first (a key entry whose meaning is the status); otherwise the usual convention
 * does, where it is clear. The words themselves are always kept as written by the caller.
 */
import type { LegendEntry, Rag } from '../plan-json';
import { ragFromWord } from '../rag-colour';

const CONVENTION: readonly (readonly [RegExp, Rag])[] = [
  [/^(complete|completed|done|closed|achieved|finished|delivered|implemented)\b/, 'blue'],
  [/^(on track|on target|on schedule|in place|good progress|progressing well)\b/, 'green'],
  [/^(delayed|at risk|behind|some (delay|slippage|risk)|slipping|slipped|partially)\b/, 'amber'],
  [/^(not started|off track|not on track|stalled|overdue|not achieved|no progress|significant (delay|risk))\b/, 'red'],
];

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The rating the plan's key gives a status: the entry whose meaning is the status, or begins with it. */
function fromLegend(text: string, legend: readonly LegendEntry[]): Rag | null {
  const t = norm(text);
  if (t.length < 3) return null;
  let best: { rag: Rag; length: number } | null = null;
  for (const entry of legend) {
    const meaning = norm(entry.meaning);
    const fits = meaning === t || meaning.startsWith(`${t} `) || t.startsWith(`${meaning} `) || meaning.split(/ or | and /).includes(t);
    if (fits && (best === null || meaning.length > best.length)) best = { rag: entry.rag, length: meaning.length };
  }
  return best?.rag ?? null;
}

/** The rating a cell's words name by the plan's key, else as a RAG word ("Red", "G", "Complete"); null otherwise. */
export function keyedRating(text: string, legend: readonly LegendEntry[] = []): Rag | null {
  const t = text.trim();
  if (t === '' || t.includes('\n') || t.length > 60) return null;
  return fromLegend(t, legend) ?? ragFromWord(t);
}

/** The rating a status stands for (the plan's key, a RAG word, then convention), or null when unclear. */
export function statusRating(text: string, legend: readonly LegendEntry[] = []): Rag | null {
  const keyed = keyedRating(text, legend);
  if (keyed !== null) return keyed;
  const t = text.trim();
  if (t === '' || t.includes('\n') || t.length > 60) return null;
  const n = norm(t);
  for (const [re, rag] of CONVENTION) if (re.test(n)) return rag;
  return null;
}

/** Whether a cell reads as a status (one a rating can be read from), not as a sentence of progress. */
export function isStatus(text: string, legend: readonly LegendEntry[] = []): boolean {
  return statusRating(text, legend) !== null && text.trim().split(/\s+/).length <= 6;
}
