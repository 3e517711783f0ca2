/**
 * Section and sub-heading recognition. A section is a numbered heading ("1. Commissioning to allow ...",
 * "2.   ACCESS TO SUPPORT BEFORE CRISIS POINT") or an unnumbered one in capitals; any other lone heading is a
 * sub-heading (a group title). Works on rows and on paragraphs alike.
 */
import { type GridRow, filledCount } from './column-layout';

const SECTION = /^(\d{1,2})\s*[.)]?\s+(\S[\s\S]*)$/;
const BARE_NUMBER = /^\d{1,2}\s*[.)]?$/;

export interface Heading {
  text: string;
  /** Numbers written before the heading in separate cells (a Word list artifact): "1." "2." "3. Title". */
  extraNumbers: string[];
}

/**
 * The heading a row carries, or null for a data row. A heading row has one filled cell, placed where a merged
 * heading sits (first cell, or a row narrower than the table); bare list numbers before it are set aside.
 */
export function rowHeading(row: GridRow, width: number): Heading | null {
  const filled = row.cells.map((c, i) => ({ text: c.text, i })).filter((c) => c.text !== '');
  const last = filled[filled.length - 1];
  if (!last || /^\d+(\.\d+)*\.?$/.test(last.text)) return null;
  const numbers = filled.slice(0, -1);
  if (!numbers.every((c) => BARE_NUMBER.test(c.text))) return null;
  if (numbers.length > 0 && !SECTION.test(last.text)) return null;
  const narrow = row.cells.length < width;
  if (filledCount(row) === 1 && !narrow && last.i !== 0) return null;
  return { text: last.text, extraNumbers: numbers.map((c) => c.text.replace(/\D/g, '')) };
}

export interface SectionTitle {
  number: string | null;
  title: string;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads a heading as a section title, or null when it is a sub-heading. */
export function sectionTitle(text: string): SectionTitle | null {
  const flat = oneLine(text);
  const m = SECTION.exec(flat);
  if (m && /\p{L}{3,}/u.test(m[2]!)) return { number: m[1]!, title: m[2]! };
  const letters = flat.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 8 && letters === letters.toUpperCase() && flat.split(' ').length >= 2) return { number: null, title: flat };
  return null;
}

/** The heading text as a one-line title. */
export function headingTitle(text: string): string {
  return oneLine(text);
}
