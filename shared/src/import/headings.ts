/**
 * Headings: which rows and paragraphs are headings, and what form each takes. The form ("Objective 3 – …",
 * "1. …", "1.1 …", CAPITALS, Heading 1 style, plain words) ranks it; the document's own top level is the best rank
 * present (see heading-levels.ts), so a plan whose parts are named as rows of one table, as paragraphs between
 * tables, or only as plain full-width rows is read with its own parts as sections.
 */
import { type GridRow, filledCount } from './column-layout';

/** Words that name a plan's parts, followed by a number or letter ("Objective 3", "Section B", "Priority IV"). */
const KEYWORD = /^(objective|priority|workstream|work\s?stream|section|theme|part|aim|goal|strand|domain|chapter|area)\s+(\d{1,2}|[A-Z]|[IVX]{1,4})\b\s*[.:)–—-]?\s*(.*)$/i;
const NUMBERED = /^(\d{1,2})\s*[.)]?\s+(\S[\s\S]*)$/;
const NUMBERED_2 = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S[\s\S]*)$/;
const BARE_NUMBER = /^\d{1,2}\s*[.)]?$/;

export type HeadingForm = 'keyword' | 'number' | 'number2' | 'caps' | 'plain';

export interface HeadingText {
  form: HeadingForm;
  /** The document's own number for the part ("3", "B", "1.2"), or null. */
  number: string | null;
  /** The title to keep: the heading as written, less a bare list number ("1. " in "1. Commissioning"). */
  title: string;
  /** The heading as written, on one line. */
  text: string;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The keyword match, when the part's letter is a capital ("Section B", not "Part a new service"). */
function keywordOf(text: string): RegExpExecArray | null {
  const m = KEYWORD.exec(oneLine(text));
  return m && !/^[a-z]+$/.test(m[2]!) ? m : null;
}

/** The form of a heading's text, its number and title. */
export function headingText(text: string): HeadingText {
  const flat = oneLine(text);
  const keyword = keywordOf(flat);
  if (keyword) return { form: 'keyword', number: keyword[2]!.toUpperCase(), title: flat, text: flat };
  const two = NUMBERED_2.exec(flat);
  if (two && /\p{L}{3,}/u.test(two[2]!)) return { form: 'number2', number: two[1]!, title: flat, text: flat };
  const one = NUMBERED.exec(flat);
  if (one && /\p{L}{3,}/u.test(one[2]!)) return { form: 'number', number: one[1]!, title: one[2]!, text: flat };
  const letters = flat.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 8 && letters === letters.toUpperCase() && flat.split(' ').length >= 2) return { form: 'caps', number: null, title: flat, text: flat };
  return { form: 'plain', number: null, title: flat, text: flat };
}

/** A heading as a section: a two-level number stands for itself ("1.2" of "1.2 Data"), its title the rest. */
export function asSection(h: HeadingText): { number: string | null; title: string } {
  if (h.form !== 'number2') return { number: h.number, title: h.title };
  return { number: h.number, title: h.title.replace(/^\d+(?:\.\d+)*\.?\s+/, '') };
}

export interface RowHeading {
  text: string;
  /** Numbers written before the heading in separate cells (a Word list artifact): "1." "2." "3. Title". */
  extraNumbers: string[];
}

/**
 * The heading a row carries, or null for a data row. A heading row has one filled cell, placed where a merged
 * heading sits (first cell, or a row narrower than the table), with bare list numbers before it set aside; or a
 * part named in its first cell ("Workstream 2") with at most its name in the next.
 */
export function rowHeading(row: GridRow, width: number): RowHeading | null {
  const filled = row.cells.map((c, i) => ({ text: c.text, i })).filter((c) => c.text !== '');
  const last = filled[filled.length - 1];
  if (!last || /^\d+(\.\d+)*\.?$/.test(last.text)) return null;
  const first = filled[0]!;
  if (filled.length === 2 && first.i === 0 && keywordOf(first.text) !== null && oneLine(first.text).split(' ').length <= 3 && !last.text.includes('\n')) {
    return { text: `${oneLine(first.text).replace(/[.:–—-]\s*$/, '')} – ${last.text}`, extraNumbers: [] };
  }
  const numbers = filled.slice(0, -1);
  if (!numbers.every((c) => BARE_NUMBER.test(c.text))) return null;
  if (numbers.length > 0 && headingText(last.text).form !== 'number') return null;
  const narrow = row.cells.length < width;
  if (filledCount(row) === 1 && !narrow && last.i !== 0) return null;
  return { text: last.text, extraNumbers: numbers.map((c) => c.text.replace(/\D/g, '')) };
}

/** Plausible as a heading paragraph: one short line, not a sentence. */
export function headingLike(text: string): boolean {
  return !text.includes('\n') && text.length <= 120 && !/[.;:,]$/.test(text.trim());
}
