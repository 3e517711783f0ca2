/**
 * Column matching by meaning. Plans name the same column many ways ("Led By", "Lead agency", "By whom", "Owner"),
 * so a header is scored against synonym phrases for each known field; the cells under it are evidence too, because
 * headers lie (a column headed "RAG" that holds local/countywide is not the rating). Anything unmatched is kept as
 * a custom column by the builder, never dropped. Format-neutral: used by every importer.
 */
import type { KnownColumnKey } from '../plan-json';
import { ragFromWord } from '../rag-colour';
import { parseDue } from './due-date';

type Synonyms = readonly (readonly [phrase: string, weight: number])[];

const SYNONYMS: Record<KnownColumnKey, Synonyms> = {
  ref: [['no', 1], ['ref', 1], ['ref no', 1], ['reference', 1], ['#', 1], ['number', 0.9], ['action no', 1],
    ['item', 0.8], ['id', 0.9], ['objective no', 0.9], ['num', 0.9]],
  text: [['action', 1], ['actions', 1], ['actions and milestones', 1], ['what', 0.9], ['action required', 1],
    ['what we will do', 1], ['description', 0.9], ['task', 0.9], ['activity', 0.9], ['activities', 0.9],
    ['recommendation', 0.8], ['objective', 0.7], ['milestones', 0.8], ['key actions', 1], ['key deliverables', 1],
    ['what needs to happen', 1], ['how', 0.7], ['intervention', 0.8], ['initiative', 0.8]],
  timescale: [['timescale', 1], ['timescales', 1], ['time scale', 1], ['by when', 1], ['due', 1], ['due date', 1],
    ['deadline', 1], ['target date', 1], ['date', 0.8], ['when', 0.9], ['completion date', 1], ['timeframe', 1],
    ['time frame', 1], ['target', 0.6], ['timeline', 1], ['end date', 1], ['finish date', 1], ['finish', 0.8],
    ['target completion', 1], ['expected completion', 1], ['by', 0.8]],
  leads: [['led by', 1], ['lead', 1], ['leads', 1], ['lead agency', 1], ['lead organisation', 1], ['lead officer', 1],
    ['by whom', 1], ['owner', 1], ['responsible', 1], ['responsibility', 1], ['who', 0.9], ['accountable', 0.9],
    ['lead partner', 1], ['action owner', 1], ['lead person', 1], ['responsible officer', 1], ['agency', 0.8],
    ['organisation', 0.7], ['led', 0.9]],
  outcomes: [['outcomes', 1], ['outcome', 1], ['expected outcome', 1], ['expected outcomes', 1],
    ['outcome measures', 1], ['measures of success', 1], ['success measures', 1], ['success criteria', 1],
    ['deliverables', 0.9], ['impact', 0.8], ['measure', 0.8], ['measures', 0.8], ['kpi', 0.8],
    ['how we will know', 1], ['what success looks like', 1], ['expected result', 1], ['benefits', 0.8], ['aim', 0.7]],
  progress: [['progress', 1], ['summary progress', 1], ['update', 1], ['progress update', 1], ['comments', 0.9],
    ['comment', 0.9], ['status update', 1], ['latest update', 1], ['current position', 1], ['notes', 0.8],
    ['evidence', 0.7], ['position', 0.6], ['progress to date', 1], ['highlights and achievements', 1],
    ['achievements', 0.9], ['highlights', 0.9], ['what has happened', 1], ['what we have done', 1],
    ['action taken', 1], ['actions taken', 1], ['update on progress', 1], ['position statement', 1],
    ['where we are', 1], ['where are we', 1], ['progress so far', 1], ['what has been done', 1], ['latest position', 1]],
  rag: [['rag', 1], ['rag rating', 1], ['rag status', 1], ['red amber green', 1], ['red amber green rag', 1],
    ['status', 0.8], ['rating', 0.8], ['red', 0.7], ['amber', 0.7], ['green', 0.7], ['current status', 0.9],
    ['progress status', 0.9]],
};

const KEYS = Object.keys(SYNONYMS) as KnownColumnKey[];
/** Synonym phrases already split into words, once. */
let phraseWords: Map<KnownColumnKey, [string[], number][]> | null = null;
const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/g;

/** Lower case words; "&" is "and"; dates ("UPDATE NOVEMBER 2015") are noise; "#" survives as a word. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(MONTHS, ' ')
    .replace(/\b\d{2,4}\b/g, ' ')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

function containsAt(hay: string[], needle: string[]): number {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, j) => hay[i + j] === w)) return i;
  }
  return -1;
}

function phraseScore(main: string[], aside: string[], phrase: string[]): number {
  if (main.length === phrase.length && containsAt(main, phrase) === 0) return 1;
  const at = containsAt(main, phrase);
  if (at === 0) return 0.9;
  if (at > 0) return Math.max(0.55, 0.8 - 0.05 * at);
  return containsAt(aside, phrase) >= 0 ? 0.35 : 0;
}

const scoreCache = new Map<string, Record<KnownColumnKey, number>>();

/** How well a header label means each known field, 0..1. Parenthesised text ("(include outcome measures)") counts less. */
export function headerScores(label: string): Record<KnownColumnKey, number> {
  const cached = scoreCache.get(label);
  if (cached) return { ...cached };
  if (scoreCache.size > 1000) scoreCache.clear();
  const scores = computeScores(label);
  scoreCache.set(label, scores);
  return { ...scores };
}

function computeScores(label: string): Record<KnownColumnKey, number> {
  phraseWords ??= new Map(KEYS.map((k) => [k, SYNONYMS[k].map(([p, w]): [string[], number] => [words(p), w])]));
  const main = words(label.replace(/\([^)]*\)?/g, ' '));
  const aside = words((label.match(/\([^)]*\)?/g) ?? []).join(' '));
  const scores = {} as Record<KnownColumnKey, number>;
  for (const key of KEYS) {
    let best = 0;
    for (const [phrase, weight] of phraseWords.get(key)!) best = Math.max(best, weight * phraseScore(main, aside, phrase));
    scores[key] = best;
  }
  if (main.length === 0 && /^\s*\(?\s*rag\s*\)?\s*$/i.test(label)) scores.rag = 1;
  // "Start date" beside a finish date is not the deadline; "Action taken" is not the action.
  if (main.includes('start') || main.includes('begin') || main.includes('commence')) scores.timescale *= 0.5;
  if (containsAt(main, ['action', 'taken']) >= 0 || containsAt(main, ['actions', 'taken']) >= 0) scores.text *= 0.6;
  return scores;
}

const HEADER_THRESHOLD = 0.6;

function bestKey(scores: Record<KnownColumnKey, number>): [KnownColumnKey, number] {
  let best: [KnownColumnKey, number] = ['text', 0];
  for (const key of KEYS) if (scores[key] > best[1]) best = [key, scores[key]];
  return best;
}

/** Whether a row of cell texts reads as a header row: short labels, most of them naming known fields. */
export function looksLikeHeaderRow(labels: readonly string[]): boolean {
  const filled = labels.map((l) => l.trim()).filter((l) => l !== '');
  if (filled.length < 2 || filled.some((l) => l.length > 120)) return false;
  const known = new Set<KnownColumnKey>();
  let matched = 0;
  for (const label of filled) {
    const [key, score] = bestKey(headerScores(label));
    if (score >= HEADER_THRESHOLD) {
      matched++;
      known.add(key);
    }
  }
  return known.size >= Math.min(3, filled.length) && matched / filled.length >= 0.6 && (known.has('text') || known.has('ref'));
}

export interface ColumnMatch {
  /** Position in the row. */
  index: number;
  /** The header as written ('' when the column has none). */
  label: string;
  /** The field the column holds, or null for a custom column. */
  key: KnownColumnKey | null;
  /** Confidence 0..1. */
  score: number;
  /** What decided: the header words, the cell contents, the user's override, or nothing (custom). */
  by: 'header' | 'content' | 'user' | 'none';
  /** The header named a field but the cells contradict it (e.g. "RAG" holding local/countywide). */
  overruled?: KnownColumnKey;
}

const REF_LIKE = /^(?:[A-Za-z]{0,3}\s?\d+(?:\.\d+)*[a-z]?\.?|[ivx]+\.?)(?:\s+new action)?$/i;

/** Enough cells to judge a column by; more only costs time. */
const MAX_SAMPLES = 40;

function share(samples: readonly string[], test: (s: string) => boolean): number {
  return samples.length === 0 ? 0 : samples.filter(test).length / samples.length;
}

const CONTENT_TESTS = {
  ref: (s: string) => REF_LIKE.test(s.replace(/\s+/g, ' ')),
  rag: (s: string) => ragFromWord(s) !== null,
  timescale: (s: string) => s.length < 80 && (/\b(on-?going|tbc|from|by)\b/i.test(s) || parseDue(s) !== null),
} as const;
type ContentKey = keyof typeof CONTENT_TESTS;

/** What the cells under a column say it is: for each field content can identify, the share (0..1) of cells that fit. */
export function contentScores(samples: readonly string[], keys: readonly ContentKey[] = ['ref', 'rag', 'timescale']): Partial<Record<KnownColumnKey, number>> {
  const filled = samples.map((s) => s.trim()).filter((s) => s !== '').slice(0, MAX_SAMPLES);
  const out: Partial<Record<KnownColumnKey, number>> = {};
  if (filled.length > 0) for (const key of keys) out[key] = share(filled, CONTENT_TESTS[key]);
  return out;
}

/** Evidence that overrules a header: cells that plainly are not what the header says. */
function contradicted(key: KnownColumnKey, filled: readonly string[]): boolean {
  if (filled.length < 2 || (key !== 'rag' && key !== 'ref')) return false;
  const share = contentScores(filled, [key])[key] ?? 0;
  return key === 'rag' ? share < 0.5 : share < 0.3;
}

function candidates(label: string, samples: readonly string[], forced: KnownColumnKey | null | undefined): [KnownColumnKey, number, ColumnMatch['by']][] {
  // The user's choice outranks any score (2 > every header or content score); null means "keep as custom".
  if (forced !== undefined) return forced === null ? [] : [[forced, 2, 'user']];
  const filled = samples.filter((s) => s.trim() !== '');
  const list: [KnownColumnKey, number, ColumnMatch['by']][] = [];
  const scores = headerScores(label);
  for (const key of KEYS) {
    if (scores[key] >= HEADER_THRESHOLD && !contradicted(key, filled)) list.push([key, scores[key], 'header']);
  }
  if ((label.trim() === '' || list.length === 0) && filled.length >= 2) {
    const content = contentScores(filled);
    for (const key of ['ref', 'rag', 'timescale'] as const) {
      const c = content[key] ?? 0;
      if (c >= 0.8) list.push([key, 0.5 + c / 4, 'content']);
    }
  }
  return list.sort((a, b) => b[1] - a[1]);
}

/**
 * Maps a header row to fields. `samples[i]` are cell texts seen under column i (optional, but they let the
 * contents overrule a misleading header). Each known field goes to at most one column, the best-scoring one;
 * every other column comes back with key null (custom), with `overruled` set when its header was contradicted.
 * `forced[i]`, when not undefined, is the user's choice for column i (a field, or null for custom): it wins.
 */
export function matchColumns(
  labels: readonly string[],
  samples: readonly (readonly string[])[] = [],
  forced: readonly (KnownColumnKey | null | undefined)[] = [],
): ColumnMatch[] {
  const options = labels.map((label, i) => candidates(label, samples[i] ?? [], forced[i]));
  const taken = new Map<KnownColumnKey, number>();
  const order = options
    .flatMap((opts, index) => opts.map(([key, score, by]) => ({ index, key, score, by })))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen = new Map<number, (typeof order)[number]>();
  for (const option of order) {
    if (chosen.has(option.index) || taken.has(option.key)) continue;
    chosen.set(option.index, option);
    taken.set(option.key, option.index);
  }
  return labels.map((label, index) => {
    const pick = chosen.get(index);
    if (pick) return { index, label, key: pick.key, score: pick.score, by: pick.by };
    if (forced[index] === null) return { index, label, key: null, score: 0, by: 'user' };
    const [headerKey, headerScore] = bestKey(headerScores(label));
    const overruled = headerScore >= HEADER_THRESHOLD && !taken.has(headerKey) ? headerKey : undefined;
    return { index, label, key: null, score: 0, by: 'none', ...(overruled ? { overruled } : {}) };
  });
}
