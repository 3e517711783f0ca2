/**
 * A column that groups the rows rather than describing each one: "Objective" (or Priority, Theme, Workstream …)
 * written once and merged down the rows it covers, or repeated on each of them (a sheet, a CSV). Its values are
 * the plan's parts, so they become heading rows above the rows they cover and the column itself goes: the words
 * stay, as the parts' titles, and the plan is not one untitled section with the objective beside every action.
 */
import { looksLikeHeaderRow } from './columns';
import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from './source';

const GROUP_LABEL = /^(objective|priority|priority area|theme|workstream|work stream|strand|domain|area|aim|goal|key area|outcome area|concordat (theme|area|principle))s?(\s*(title|name|heading))?$/i;
/** Values that rank rows rather than group them. */
const RANKING = /^(high|medium|low|h|m|l|\d{1,2})$/i;

/** A row on the grid: a cell spanning n columns followed by n-1 empty ones, so column positions line up. */
function grid(row: SourceRow): SourceCell[] {
  return row.cells.flatMap((c): SourceCell[] => {
    const { span, ...cell } = c;
    return [cell, ...Array.from({ length: (span ?? 1) - 1 }, () => ({ text: '' }))];
  });
}

const text = (cells: readonly SourceCell[], col: number) => (cells[col]?.text ?? '').trim();
const filledCount = (cells: readonly SourceCell[]) => cells.filter((c) => c.text.trim() !== '').length;

/**
 * Whether the rows under a header are grouped by column `col`: every value covers one unbroken run of rows (an
 * empty cell carries the value above down, as a merged cell prints once), and some run covers two rows or more.
 */
function groups(rows: readonly SourceCell[][], col: number): boolean {
  const seen = new Set<string>();
  let current = '';
  let long = false;
  let length = 0;
  for (const cells of rows) {
    const v = text(cells, col);
    if (v !== '' && v !== current) {
      if (seen.has(v) || RANKING.test(v) || v.length > 200) return false;
      seen.add(v);
      [current, length] = [v, 0];
    }
    length++;
    if (current !== '' && length >= 2) long = true;
  }
  return seen.size > 0 && long;
}

/** A header's rows with the group column lifted out: a heading row where each group starts. */
function lift(header: SourceCell[], rows: SourceCell[][], col: number, lines: (number | undefined)[]): SourceRow[] {
  const out: SourceRow[] = [{ cells: header.filter((_, i) => i !== col) }];
  const width = header.length - 1;
  let current = '';
  rows.forEach((cells, r) => {
    const v = text(cells, col);
    const line = lines[r] !== undefined ? { line: lines[r] } : {};
    if (v !== '' && v !== current) out.push({ cells: [{ text: v, span: width }], ...line });
    if (v !== '') current = v;
    const rest = cells.filter((_, i) => i !== col);
    if (rest.some((c) => c.text.trim() !== '' || c.shading)) out.push({ cells: rest, ...line });
  });
  return out;
}

/** One table with its group columns lifted (each header row and the data rows under it judged on their own). */
function liftTable(rows: readonly SourceRow[], labels: string[]): SourceRow[] {
  const out: SourceRow[] = [];
  for (let i = 0; i < rows.length; ) {
    const header = grid(rows[i]!);
    if (!looksLikeHeaderRow(header.map((c) => c.text))) {
      out.push(rows[i++]!);
      continue;
    }
    let end = i + 1;
    while (end < rows.length && !looksLikeHeaderRow(rows[end]!.cells.map((c) => c.text))) end++;
    const under = rows.slice(i + 1, end);
    const cells = under.map(grid);
    const data = cells.filter((c) => filledCount(c) >= 2);
    const col = header.findIndex((h, c) => GROUP_LABEL.test(h.text.trim()) && groups(data, c));
    if (col < 0) out.push(...rows.slice(i, end));
    else {
      labels.push(header[col]!.text.trim());
      out.push(...lift(header, cells, col, under.map((r) => r.line)));
    }
    i = end;
  }
  return out;
}

/** The document with every grouping column of its tables lifted into heading rows (see the file's comment). */
export function liftGroupColumns(src: SourceDocument): SourceDocument {
  const labels: string[] = [];
  const blocks = src.blocks.map((b): SourceBlock => (b.kind === 'table' ? { kind: 'table', rows: liftTable(b.rows, labels) } : b));
  const label = src.sectionsColumn ?? labels[0];
  return { ...src, blocks, ...(label ? { sectionsColumn: label } : {}) };
}
