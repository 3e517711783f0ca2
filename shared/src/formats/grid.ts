/**
 * Turns a plain grid (a sheet, a CSV, a pasted table) into SourceBlocks the plan builder already understands from
 * Word: title lines before the header row become paragraphs, a "Section" column becomes a heading paragraph before
 * each section's table, and a "Sub-heading" column becomes full-width rows. So the builder needs no grid rules.
 */
import { looksLikeHeaderRow } from '../import/columns';
import type { SourceBlock, SourceCell, SourceRow } from '../import/source';

/** Headers of columns that carry structure rather than action fields. Concord's own exports write these. */
export const SECTION_HEADER = 'Section';
export const SUBHEADING_HEADER = 'Sub-heading';
const SECTION_RE = /^(section|theme|priority area)$/i;
const SUBHEADING_RE = /^(sub[- ]?heading|sub[- ]?section|group)$/i;

const filled = (c: SourceCell | undefined) => !!c && c.text.trim() !== '';

/**
 * The header is the first row that names a plan's columns ("Ref", "Action", "Lead" …), else the first row naming
 * two or more columns (-1: none); rows above it are titles, however many cells they use ("Lead: …", "Last
 * reviewed: …" above a tracker's headings).
 */
export function headerIndex(rows: SourceRow[]): number {
  const named = rows.findIndex((r) => looksLikeHeaderRow(r.cells.map((c) => c.text)));
  return named >= 0 ? named : rows.findIndex((r) => r.cells.filter(filled).length >= 2);
}

/**
 * The column of section titles: one headed Section (or Theme, Priority area), or the first column of Concord's
 * own layout, where the Sub-heading column follows it whatever the first is called (a plan's "Objective").
 */
function sectionColumn(header: SourceRow): number {
  const named = header.cells.findIndex((c) => SECTION_RE.test(c.text.trim()));
  return named >= 0 || !SUBHEADING_RE.test(header.cells[1]?.text.trim() ?? '') ? named : 0;
}

/** The heading a grid's section column has when it is not plain "Section" (kept as SourceDocument.sectionsColumn). */
export function sectionsColumnOf(rows: SourceRow[]): string | undefined {
  const header = rows.filter((r) => r.cells.some(filled))[headerIndex(rows.filter((r) => r.cells.some(filled)))];
  const col = header ? sectionColumn(header) : -1;
  const label = col >= 0 ? header!.cells[col]!.text.trim() : '';
  return label !== '' && !SECTION_RE.test(label) ? label : undefined;
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

/**
 * Splits rows on the Section / Sub-heading columns into heading paragraphs, tables and sub-heading rows; a blank
 * row ends a table, as it does on the page (a glossary below the plan is a table of its own).
 */
function structure(header: SourceRow, rows: SourceRow[], afterBlank: ReadonlySet<SourceRow>): SourceBlock[] {
  const sectionCol = sectionColumn(header);
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
    if (table && table.length > 1 && afterBlank.has(row) && (sectionCol < 0 || s === section)) {
      table = [];
      blocks.push({ kind: 'table', rows: table });
    }
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
 * Rows above the header: a row of one cell is a line of text (a title, "Exported 3 April 2017"); rows of several
 * cells are a small table of their own (a key of colours and meanings, "Lead: … | Last reviewed: …"), so the
 * builder reads them as it reads such a table in Word. With no header at all every row is text.
 */
function aboveHeader(rows: SourceRow[], tables: boolean): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const r of rows) {
    const cells = r.cells.filter(filled);
    const last = blocks[blocks.length - 1];
    if (tables && cells.length >= 2) {
      if (last?.kind === 'table') last.rows.push(r);
      else blocks.push({ kind: 'table', rows: [r] });
    } else blocks.push({ kind: 'paragraph', text: cells.map((c) => c.text).join('\n'), ...(r.line ? { line: r.line } : {}) });
  }
  return blocks;
}

/**
 * One grid -> blocks. Empty rows are dropped (spacing only); every cell with text is kept. A grid with no header
 * row comes back as paragraphs only, so callers can tell there was no table.
 * @param rows the grid as read, ragged rows already resolved by the caller.
 */
export function gridToBlocks(rows: SourceRow[]): SourceBlock[] {
  const kept = rows.filter((r) => r.cells.some(filled));
  const afterBlank = new Set(kept.filter((r) => !rows[rows.indexOf(r) - 1]?.cells.some(filled) && rows.indexOf(r) > 0));
  const h = headerIndex(kept);
  const titles = aboveHeader(h < 0 ? kept : kept.slice(0, h), h >= 0);
  const header = kept[h];
  return header ? [...titles, ...structure(header, kept.slice(h + 1), afterBlank)] : titles;
}

/** Whether blocks hold a table (a header row at least). */
export function hasTable(blocks: SourceBlock[]): boolean {
  return blocks.some((b) => b.kind === 'table' && b.rows.length > 0);
}
