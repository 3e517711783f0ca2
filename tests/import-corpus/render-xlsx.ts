/**
 * A corpus spec as one .xlsx sheet, as a person lays a plan out in Excel: paragraphs as rows with one cell, each
 * table's rows below, fills, merged cells across (span) and down (vmerge), list lines typed with their markers.
 */
import ExcelJS from 'exceljs';
import { cellOf, linesOf, type BlockSpec, type CellSpec } from './spec';

function cellValue(cell: CellSpec): string {
  const lines = linesOf(cell);
  if (cell.list === 'bullet') return lines.map((l) => `• ${l}`).join('\n');
  if (cell.list === 'number') return lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
  return lines.join('\n');
}

/** Writes the blocks as a workbook with one sheet. */
export async function renderXlsx(title: string, blocks: readonly BlockSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.title = title;
  const sheet = book.addWorksheet('Action plan');
  let r = 1;
  const starts = new Map<number, number>(); // column -> row where a vertical merge began
  let listNumber = 0;
  for (const block of blocks) {
    if ('p' in block) {
      listNumber = block.list === 'number' ? listNumber + 1 : listNumber;
      const marker = block.list === 'bullet' ? '• ' : block.list === 'number' ? `${listNumber}. ` : '';
      sheet.getCell(r, 1).value = `${marker}${block.p}`;
      r += 1;
      continue;
    }
    for (const row of block.table) {
      let c = 1;
      for (const raw of row) {
        const cell = cellOf(raw);
        const span = cell.span ?? 1;
        const target = sheet.getCell(r, c);
        if (cell.vmerge !== 'continue') target.value = cellValue(cell);
        target.alignment = { wrapText: true, vertical: 'top' };
        if (cell.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.fill}` } };
        if (span > 1) sheet.mergeCells(r, c, r, c + span - 1);
        if (cell.vmerge === 'restart') starts.set(c, r);
        if (cell.vmerge === 'continue' && starts.has(c)) {
          const top = starts.get(c)!;
          sheet.unMergeCells(top, c, r - 1, c);
          sheet.mergeCells(top, c, r, c);
        }
        c += span;
      }
      r += 1;
    }
    r += 1; // a blank row between tables, as people leave one
  }
  sheet.columns.forEach((col) => (col.width = 28));
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
