/**
 * Turns a plain grid (a sheet, a CSV, a pasted table) into SourceBlocks the plan builder already understands from
 * Word: title lines before the header row become paragraphs, a "Section" column becomes a heading paragraph before
 * each section's table, and a "Sub-heading" column becomes full-width rows. So the builder needs no grid rules.
 */
import type { SourceBlock, SourceCell, SourceRow } from '../import/source';

/** Headers of columns that carry structure rather than action fields. Concord's own exports write these. */
export const SECTION_HEADER = 'Section';
export const SUBHEADING_HEADER = 'Sub-heading';
const SECTION_RE = /^(section|theme|priority area)$/i;
const SUBHEADING_RE = /^(sub[- ]?heading|sub[- ]?section|group)$/i;

const filled = (c: SourceCell | undefined) => !!c && c.text.trim() !== '';

/** The header is the first row naming two or more columns (-1: none); rows above it are titles. */
export function headerIndex(rows: SourceRow[]): number {
  return rows.findIndex((r) => r.cells.filter(filled).length >= 2);
}

/** A row whose only text is in its first cell is a heading: one cell spanning the table, as in Word. */
function collapseHeading(row: SourceRow, width: number): SourceRow {
  const [first, ...rest] = row.cells;
  if (!first || !filled(first) || rest.some(filled) || /^\d+(\.\d+)*\.?$/.test(first.text.trim())) return row;
  return { ...row, cells: [{ ...first, span: width }] };
}

function without(row: SourceRow, drop: number[]): SourceRow {
  return { ...row, cells: row.cells.filter((_, i) => !drop.includes(i)) };
}

function cellAt(row: SourceRow, i: number): string {
  return i < 0 ? '' : (row.cells[i]?.text.trim() ?? '');
}

/** Splits rows on the Section / Sub-heading columns into heading paragraphs, tables and sub-heading rows. */
function structure(header: SourceRow, rows: SourceRow[]): SourceBlock[] {
  const sectionCol = header.cells.findIndex((c) => SECTION_RE.test(c.text.trim()));
  const groupCol = header.cells.findIndex((c) => SUBHEADING_RE.test(c.text.trim()));
  const drop = [sectionCol, groupCol].filter((i) => i >= 0);
  const head = without(header, drop);
  const width = head.cells.length;
  const blocks: SourceBlock[] = [];
  let table: SourceRow[] | undefined;
  let section: string | undefined;
  let group = '';
  for (const row of rows) {
    const s = cellAt(row, sectionCol);
    if (!table || (sectionCol >= 0 && s !== section)) {
      if (s) blocks.push({ kind: 'paragraph', text: s, style: 'Heading1' });
      table = [head];
      blocks.push({ kind: 'table', rows: table });
      [section, group] = [s, ''];
    }
    const g = cellAt(row, groupCol);
    if (g && g !== group) table.push({ cells: [{ text: g, span: width }] });
    group = g;
    const rest = without(row, drop);
    if (rest.cells.some(filled)) table.push(drop.length > 0 ? rest : collapseHeading(rest, width));
  }
  return blocks.length > 0 ? blocks : [{ kind: 'table', rows: [head] }];
}

/**
 * One grid -> blocks. Empty rows are dropped (spacing only); every cell with text is kept. A grid with no header
 * row comes back as paragraphs only, so callers can tell there was no table.
 * @param rows the grid as read, ragged rows already resolved by the caller.
 */
export function gridToBlocks(rows: SourceRow[]): SourceBlock[] {
  const kept = rows.filter((r) => r.cells.some(filled));
  const h = headerIndex(kept);
  const titles: SourceBlock[] = kept.slice(0, h < 0 ? kept.length : h).map((r) => ({
    kind: 'paragraph',
    text: r.cells.filter(filled).map((c) => c.text).join('\n'),
    ...(r.line ? { line: r.line } : {}),
  }));
  const header = kept[h];
  return header ? [...titles, ...structure(header, kept.slice(h + 1))] : titles;
}

/** Whether blocks hold a table (a header row at least). */
export function hasTable(blocks: SourceBlock[]): boolean {
  return blocks.some((b) => b.kind === 'table' && b.rows.length > 0);
}
