/**
 * Free text after the tables: notes, a RAG key (-> legend), and flattened copies of the plan itself (a PDF
 * rendition pasted after the tables), which are recognised because their words are the table's words and skipped.
 * Text inside such a copy that the tables do not hold is kept as a note, so no user text is dropped.
 */
import type { LegendEntry } from '../plan-json';
import type { ImportWarning } from './import-report';
import { readKey } from './legend-find';

// Letters of the Latin, Greek and Cyrillic blocks and digits; no /u flag, which is several times slower here.
const NOT_WORD = /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]+/g;

/** Letters and digits only, lower case: the form in which flattened (PDF) text and table text can be compared. */
export function squash(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, '');
}

function words(text: string): string[] {
  return text.toLowerCase().split(NOT_WORD).filter((w) => w.length >= 3);
}

export interface TableText {
  squashed: string;
  words: Set<string>;
}

export function tableText(cells: readonly string[]): TableText {
  const joined = cells.join('\n');
  return { squashed: squash(joined), words: new Set(words(joined)) };
}

/** A line repeats the tables when its letters run is a stretch of theirs, or nearly all its words are theirs. */
function repeatsTables(line: string, table: TableText): boolean {
  const s = squash(line);
  if (s === '' || table.squashed.includes(s)) return true;
  const w = words(line);
  return w.length >= 4 && w.filter((x) => table.words.has(x)).length / w.length >= 0.85;
}

/** Share (0..1, by letters) of a paragraph that repeats the tables. */
function repeatedShare(text: string, table: TableText): number {
  let total = 0;
  let repeated = 0;
  for (const line of text.split('\n')) {
    const n = squash(line).length;
    total += n;
    if (repeatsTables(line, table)) repeated += n;
  }
  return total === 0 ? 1 : repeated / total;
}


export interface Paragraph {
  text: string;
  line?: number;
}

export interface FreeText {
  notes: string[];
  legend: LegendEntry[];
  warnings: ImportWarning[];
}

const IMAGE_NAME = /^\S+\.(png|jpe?g|gif|emf|wmf|bmp|tiff?)$/i;

/** Short page furniture (page numbers, image names, running heads cut into pieces) inside a flattened copy. */
function isFurniture(text: string): boolean {
  return words(text.split('\n').filter((l) => !IMAGE_NAME.test(l.trim())).join(' ')).length < 4;
}

/**
 * Adds a note. Inside a flattened copy of the plan, one that another note already holds the words of is a running
 * head repeated on every page and is kept once; elsewhere every paragraph is the author's and is kept as it is
 * ("1. Introduction" beside "1. Introduction 3" in a contents list).
 */
function addNote(notes: string[], text: string, inCopy: boolean): void {
  const s = squash(text);
  const same = inCopy ? notes.findIndex((n) => squash(n).includes(s) || s.includes(squash(n))) : -1;
  if (same < 0) notes.push(text);
  else if (s.length > squash(notes[same]!).length) notes[same] = text;
}

/** Sorts trailing paragraphs into notes and legend, skipping a flattened copy of the tables. */
export function readFreeText(paragraphs: readonly Paragraph[], table: TableText): FreeText {
  const out: FreeText = { notes: [], legend: [], warnings: [] };
  const repeated = paragraphs.map((p) => repeatedShare(p.text, table) >= 0.8 && squash(p.text).length > 0);
  const repeatedChars = paragraphs.reduce((n, p, i) => n + (repeated[i] ? squash(p.text).length : 0), 0);
  const allChars = paragraphs.reduce((n, p) => n + squash(p.text).length, 0);
  const hasCopy = allChars > 0 && repeatedChars >= 200 && repeatedChars / allChars >= 0.6;
  const first = hasCopy ? repeated.indexOf(true) : -1;
  const last = hasCopy ? repeated.lastIndexOf(true) : -1;
  const dropped: string[] = [];
  paragraphs.forEach((p, i) => {
    const inCopy = hasCopy && i >= first && i <= last;
    if (inCopy && (repeated[i] || isFurniture(p.text))) {
      if (!repeated[i]) dropped.push(p.text.replace(/\s+/g, ' ').trim());
      return;
    }
    const key = readKey(p.text);
    if (key) out.legend.push(...key.entries);
    if (key?.intro) addNote(out.notes, key.intro, inCopy);
    if (!key) addNote(out.notes, p.text, inCopy);
    if (inCopy) out.warnings.push({ reason: 'rendition-text-kept', detail: p.text.slice(0, 120), ...(p.line ? { line: p.line } : {}) });
  });
  if (hasCopy) {
    const at = paragraphs[first]?.line;
    const extra = dropped.filter(Boolean).length ? `; page furniture skipped: ${dropped.filter(Boolean).join(' | ')}` : '';
    out.warnings.push({ reason: 'duplicate-rendition', detail: `${last - first + 1} paragraphs repeat the tables${extra}`, ...(at ? { line: at } : {}) });
  }
  return out;
}
