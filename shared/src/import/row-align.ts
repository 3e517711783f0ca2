/**
 * Rows kept whole. A row shorter or longer than its header (a cell missing in the text export, an empty cell too
 * many, a note past the last column) is aligned by what its cells hold: a date or period to the timescale, short
 * organisation-like text to the leads, a ref to the ref, sentences to text or progress. When no alignment is
 * clearly best the row is kept as it stands and flagged, so nothing ever moves silently.
 */
import { ragFromFill, ragFromWord } from '../rag-colour';
import type { GridCell } from './column-layout';
import { parseDue } from './due-date';
import { isRef } from './refs';
import { isStatus } from './status-words';

const REPORT = /\b(has|have|had|was|were|been|agreed|started|completed|done|held|published|signed|handed|sent|began|opened|since)\b/i;
const FUTURE = /^(to\s+)?[A-Z][a-z]+\b(?![a-z]*ed\b)/;

/** A cheap look before the date parser: a date has a digit or a month's name. */
const MAY_BE_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** What a cell holds, worked out once: every column it might go under is scored from these. */
interface CellFacts {
  empty: boolean;
  shadedRating: boolean;
  words: number;
  date: boolean;
  ref: boolean;
  org: boolean;
  rating: boolean;
  status: boolean;
  report: boolean;
  future: boolean;
}

function factsOf(cell: GridCell): CellFacts {
  const text = cell.text;
  const words = text.split(/\s+/).filter(Boolean).length;
  const date = text !== '' && text.length <= 40 && (/\b(ongoing|on-going|tbc|monthly|quarterly|annually|immediate|q[1-4])\b/i.test(text) || (MAY_BE_DATE.test(text) && parseDue(text) !== null));
  return {
    empty: text === '',
    shadedRating: text === '' && ragFromFill(cell.shading) !== null,
    words,
    date,
    ref: isRef(text),
    org: words <= 8 && !/[.!?]$/.test(text) && /^[\p{Lu}\p{N}]/u.test(text) && !date,
    rating: ragFromWord(text) !== null,
    status: words <= 6 && isStatus(text),
    report: REPORT.test(text),
    future: FUTURE.test(text),
  };
}

/** How well a cell fits a column's key ("status": a column of status words); positive fits, empty cells fit anywhere. */
function fitFacts(f: CellFacts, key: string): number {
  if (f.shadedRating) return key === 'rag' ? 1 : -1;
  if (f.empty) return 0;
  switch (key) {
    case 'ref':
      return f.ref ? 2 : -2;
    case 'rag':
      return f.rating || f.status ? 2 : -2;
    case 'status':
      return f.status ? 2 : -1;
    case 'timescale':
      return f.date ? 2 : f.words > 6 ? -2 : -0.5;
    case 'leads':
      return f.org ? 1.5 : f.words > 10 ? -1 : 0;
    case 'text':
      return f.ref || f.date ? -2 : f.words >= 4 ? (f.report ? 0.5 : 1) + (f.future ? 0.2 : 0) : 0;
    case 'outcomes':
      return f.ref || f.date ? -2 : f.words >= 3 ? 0.8 : 0;
    case 'progress':
      return f.ref || f.date ? -1 : f.words >= 2 ? (f.report ? 1.5 : 0.8) : 0.2;
    default:
      return 0;
  }
}

/** How well a cell fits a column's key (positive fits, negative does not; empty cells fit anywhere). */
export function fitCell(cell: GridCell, key: string): number {
  return fitFacts(factsOf(cell), key);
}

export interface Alignment {
  /** For each cell of the row, the column index it belongs in (-1: past the header, kept as its own column). */
  columns: number[];
  how: 'as-is' | 'aligned' | 'unaligned';
}

/** Every way to choose `m` of `n` positions, in order; none when there are too many to weigh. */
function choices(n: number, m: number, limit = 2000): number[][] | null {
  const out: number[][] = [];
  const pick = (start: number, chosen: number[]): boolean => {
    if (chosen.length === m) {
      out.push([...chosen]);
      return out.length <= limit;
    }
    for (let i = start; i <= n - (m - chosen.length); i++) if (!pick(i + 1, [...chosen, i])) return false;
    return true;
  };
  return pick(0, []) ? out : null;
}

const MARGIN = 1;

function best(scored: { at: number[]; score: number }[]): { at: number[]; score: number; clear: boolean } {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const [first, second] = sorted;
  return { ...first!, clear: second === undefined || first!.score - second.score >= MARGIN };
}

/** Each cell's fit under each key, worked out once per row (every alignment weighed reuses it). */
function fits(cells: readonly GridCell[], keys: readonly string[]): number[][] {
  return cells.map((cell) => {
    const facts = factsOf(cell);
    return keys.map((key) => fitFacts(facts, key));
  });
}

function shortRow(cells: readonly GridCell[], keys: readonly string[], table = fits(cells, keys)): Alignment {
  const asIs = cells.map((_, i) => i);
  const options = choices(keys.length, cells.length);
  if (options === null) return { columns: asIs, how: 'unaligned' };
  const score = (at: number[]) => at.reduce((sum, col, i) => sum + table[i]![col]!, 0);
  const top = best(options.map((at) => ({ at, score: score(at) })));
  const same = top.at.every((c, i) => c === i);
  if (top.clear && !same) return { columns: top.at, how: 'aligned' };
  if (top.clear) return { columns: asIs, how: 'as-is' };
  return { columns: asIs, how: 'unaligned' };
}

function longRow(cells: readonly GridCell[], keys: readonly string[]): Alignment {
  const filled = cells.map((c, i) => (c.text !== '' ? i : -1)).filter((i) => i >= 0);
  const asIs = cells.map((_, i) => (i < keys.length ? i : -1));
  if (filled.length > keys.length) return { columns: asIs, how: 'unaligned' };
  // Keep every filled cell; choose which empty cells to leave out so the rest line up with the header.
  const options = choices(cells.length, keys.length);
  if (options === null) return { columns: asIs, how: 'unaligned' };
  const keeping = options.filter((at) => filled.every((i) => at.includes(i)));
  const table = fits(cells, keys);
  const scored = keeping.map((at) => ({ at, score: at.reduce((sum, cell, col) => sum + table[cell]![col]!, 0) }));
  if (scored.length === 0) return { columns: asIs, how: 'unaligned' };
  const top = best(scored);
  if (!top.clear) return { columns: asIs, how: 'unaligned' };
  const columns = cells.map((_, i) => top.at.indexOf(i));
  const same = columns.every((c, i) => c === (i < keys.length ? i : -1));
  return { columns, how: same ? 'as-is' : 'aligned' };
}

const used = (c: GridCell) => c.text !== '' || ragFromFill(c.shading) !== null;
/** How much better a shift must read than the row as it stands before a padded row is moved. */
const SHIFT_GAIN = 1.5;

/**
 * A row as wide as its header only because the grid pads it (a sheet, a Word table) may still have lost a cell
 * in the middle: its used cells are moved only when one shift reads plainly better than the row as it stands.
 */
function paddedRow(cells: readonly GridCell[], keys: readonly string[], prefix: number): Alignment {
  const asIs = cells.map((_, i) => (i < keys.length ? i : -1));
  if (prefix >= keys.length) return { columns: asIs, how: 'as-is' };
  const head = cells.slice(0, prefix);
  const table = fits(head, keys);
  // Every cell reads well where it stands: nothing to move.
  if (head.every((_, i) => table[i]![i]! >= 0)) return { columns: asIs, how: 'as-is' };
  const shifted = shortRow(head, keys, table);
  if (shifted.how !== 'aligned') return { columns: asIs, how: 'as-is' };
  const score = (columns: readonly number[]) => columns.reduce((sum, col, i) => sum + (col >= 0 ? table[i]![col]! : 0), 0);
  if (score(shifted.columns) < score(asIs.slice(0, prefix)) + SHIFT_GAIN) return { columns: asIs, how: 'as-is' };
  return { columns: [...shifted.columns, ...cells.slice(prefix).map(() => -1)], how: 'aligned' };
}

/**
 * Where each cell of a row goes among the header's `keys`. A row as wide as its header stays as it is unless a
 * cell plainly went missing; a shorter or longer one is aligned when one reading is clearly best, else kept as it
 * stands ('unaligned').
 */
export function alignRow(cells: readonly GridCell[], keys: readonly string[]): Alignment {
  let prefix = cells.length;
  while (prefix > 0 && !used(cells[prefix - 1]!)) prefix--;
  if (cells.length === keys.length || (cells.length > keys.length && prefix <= keys.length)) return paddedRow(cells, keys, prefix);
  return cells.length < keys.length ? shortRow(cells, keys) : longRow(cells, keys);
}
