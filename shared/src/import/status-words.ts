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

const TWO_TONE = /^(red|amber|green|r|a|g)\s*(?:\/|-|–|—|\bto\b)\s*(red|amber|green|r|a|g)$/i;
/** Worst first: a rating between two colours is read as the worse, so a risk is never hidden by the better one. */
const SEVERITY: readonly Rag[] = ['red', 'amber', 'green', 'blue'];

/** "A/G", "Amber-Green", "R/A": a rating between two colours, read as the worse of them; null otherwise. */
export function twoToneRating(text: string): Rag | null {
  const m = TWO_TONE.exec(text.trim());
  const pair = m ? [ragFromWord(m[1]!), ragFromWord(m[2]!)] : [];
  if (pair.length !== 2 || pair.includes(null) || pair[0] === pair[1]) return null;
  return SEVERITY.find((r) => pair.includes(r)) ?? null;
}

const COLOUR = /\b(red|amber|green|blue)\b/gi;

/**
 * The one colour a RAG cell's sentence names ("Green – on track", "Amber (draft late)", "New action – red as not
 * commenced"); null when it names none, or two (a change between colours is for a person to read).
 */
export function colourInWords(text: string): Rag | null {
  const t = text.trim();
  if (t.length > 80) return null;
  const named = new Set([...t.matchAll(COLOUR)].map((m) => m[1]!.toLowerCase()));
  return named.size === 1 ? ragFromWord([...named][0]!) : null;
}

/**
 * The rating a cell's words name by the plan's key, else as a RAG word ("Red", "G", "Complete") or a rating
 * between two colours ("A/G"); null otherwise.
 */
export function keyedRating(text: string, legend: readonly LegendEntry[] = []): Rag | null {
  const t = text.trim();
  if (t === '' || t.includes('\n') || t.length > 60) return null;
  return fromLegend(t, legend) ?? ragFromWord(t) ?? twoToneRating(t);
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

/** A status that opens a progress cell: in capitals ("ON TRACK: …", "COMPLETE") or before a colon or dash. */
const OPENING = /^([A-Z][A-Z' /-]{1,30}[A-Z])(?=\s*(?:[:\u2013\u2014-]|$|\n))|^([A-Z][a-z]+(?: [a-z]+){0,3})(?=\s*(?::|\s[\u2013\u2014-]\s))/;

/**
 * The rating a progress cell states before its words ("ON TRACK: 92% answered", "DELAYED – waiting for …",
 * "Complete: signed in January"), by the plan's key or the usual convention; null when it states none.
 */
export function openingStatus(progress: string, legend: readonly LegendEntry[] = []): Rag | null {
  const m = OPENING.exec(progress.trim());
  const phrase = (m?.[1] ?? m?.[2])?.trim();
  return phrase ? statusRating(phrase, legend) : null;
}
