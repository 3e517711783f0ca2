/**
 * A corpus spec as Excel's "CSV (comma delimited)" writes a sheet: every row padded with commas to the width of
 * the used range, a merged cell's text in its first cell only, cells with commas, quotes or line breaks quoted,
 * records ended by CRLF. Paragraphs are rows of one cell, as they are in the sheet.
 */
import { cellOf, rowWidth, typedText, type BlockSpec } from './spec';

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Writes the blocks (one sheet's worth) as CSV text. */
export function renderCsv(blocks: readonly BlockSpec[]): string {
  const rows: string[][] = [];
  for (const block of blocks) {
    if ('sheet' in block) continue;
    if ('p' in block) {
      rows.push([block.p]);
      continue;
    }
    for (const row of block.table) rows.push(row.flatMap((raw) => {
      const cell = cellOf(raw);
      return [typedText(cell), ...Array.from({ length: (cell.span ?? 1) - 1 }, () => '')];
    }));
    rows.push([]);
  }
  const width = Math.max(...blocks.flatMap((b) => ('table' in b ? b.table.map(rowWidth) : [1])));
  return `${rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')].map(quote).join(',')).join('\r\n')}\r\n`;
}
