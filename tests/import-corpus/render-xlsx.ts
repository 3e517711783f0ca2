/**
 * A corpus spec as an .xlsx, as a person lays a plan out in Excel: paragraphs as rows with one cell, each table's
 * rows below, fills, merged cells across (span) and down (vmerge), list lines typed with their markers; a sheet
 * block starts the next worksheet (a tracker with a sheet per objective) and may hide some of its columns.
 */
import ExcelJS from 'exceljs';
import { cellOf, typedText, type BlockSpec, type CellSpec, type RowSpec } from './spec';

/** Writes blocks into one sheet from row 1, and knows where each vertical merge began. */
class SheetWriter {
  private r = 1;
  private readonly starts = new Map<number, number>(); // column -> row where a vertical merge began
  private listNumber = 0;

  constructor(readonly sheet: ExcelJS.Worksheet) {}

  paragraph(block: Extract<BlockSpec, { p: string }>): void {
    this.listNumber = block.list === 'number' ? this.listNumber + 1 : this.listNumber;
    const marker = block.list === 'bullet' ? '• ' : block.list === 'number' ? `${this.listNumber}. ` : '';
    const cell = this.sheet.getCell(this.r, 1);
    cell.value = `${marker}${block.p}`;
    if (block.bold || block.italic) cell.font = { bold: block.bold === true, italic: block.italic === true };
    this.r += 1;
  }

  table(rows: readonly RowSpec[]): void {
    for (const row of rows) {
      let c = 1;
      for (const raw of row) {
        this.cell(cellOf(raw), c);
        c += cellOf(raw).span ?? 1;
      }
      this.r += 1;
    }
    this.r += 1; // a blank row between tables, as people leave one
  }

  private cell(cell: CellSpec, c: number): void {
    const { sheet, r } = this;
    const span = cell.span ?? 1;
    const target = sheet.getCell(r, c);
    if (cell.vmerge !== 'continue') target.value = typedText(cell);
    target.alignment = { wrapText: true, vertical: 'top' };
    if (cell.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.fill}` } };
    if (span > 1) sheet.mergeCells(r, c, r, c + span - 1);
    if (cell.vmerge === 'restart') this.starts.set(c, r);
    if (cell.vmerge === 'continue' && this.starts.has(c)) {
      const top = this.starts.get(c)!;
      sheet.unMergeCells(top, c, r - 1, c);
      sheet.mergeCells(top, c, r, c);
    }
  }
}

/** Writes the blocks as a workbook: one sheet, or one per sheet block. */
export async function renderXlsx(title: string, blocks: readonly BlockSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.title = title;
  let writer: SheetWriter | null = null;
  const open = (name: string, hidden: readonly number[] = []) => {
    writer = new SheetWriter(book.addWorksheet(name));
    for (let c = 1; c <= 16; c++) writer.sheet.getColumn(c).width = 28;
    for (const c of hidden) writer.sheet.getColumn(c).hidden = true;
    return writer;
  };
  for (const block of blocks) {
    if ('sheet' in block) {
      open(block.sheet, block.hiddenColumns);
      continue;
    }
    const w: SheetWriter = writer ?? open('Action plan');
    if ('p' in block) w.paragraph(block);
    else w.table(block.table);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
