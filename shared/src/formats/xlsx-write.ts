/**
 * Plan JSON -> .xlsx: one sheet, one row per action, with Section and Sub-heading columns so it re-imports;
 * frozen header, auto-filter, wrapped text, RAG cells filled and worded. Notes go on a second sheet.
 */
import ExcelJS from 'exceljs';
import type { Plan } from '../plan-json';
import { legendText, type ExportOptions } from './export-columns';
import { RAG_FILLS, RAG_TEXT_COLOURS } from '../rag-colour';
import { planRows } from './rows';

const HEADER_FILL = 'D9D9D9';
/** Characters of column width per unit of column weight. */
const WIDTH_PER_WEIGHT = 14;
const STRUCTURE_WIDTHS = [24, 20];

const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } });

/** Points per wrapped line at the default 11 pt font, and Excel's tallest row. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * A row height that shows all its wrapped text. Excel and LibreOffice do not re-measure rows written without a
 * height, so wrapped cells would overlap; a column width is in characters, so lines can be counted from it.
 */
function rowHeight(cells: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  cells.forEach((text, i) => {
    const width = Math.max(1, (widths[i] ?? 10) - 1);
    const n = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
    lines = Math.max(lines, n);
  });
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
}

/** Notes, then the RAG key, one cell each on a second sheet: read back, they are the text after the table. */
function addNotes(workbook: ExcelJS.Workbook, plan: Plan): void {
  const cells = [...plan.notes];
  if (plan.legend.length > 0) cells.push(legendText(plan.legend));
  if (cells.length === 0) return;
  const sheet = workbook.addWorksheet('Notes');
  sheet.columns = [{ width: 120 }];
  for (const text of cells) {
    const row = sheet.addRow([text]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight([text], [120]);
  }
}

/**
 * Writes a plan as an Excel workbook.
 * @param options.updatesSince adds an "UPDATE <MONTH YEAR>" column with the updates since that ISO date.
 */
export async function exportXlsx(plan: Plan, options: ExportOptions = {}): Promise<Uint8Array> {
  const { columns, header, rows } = planRows(plan, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Concord';
  workbook.title = plan.title;
  const sheet = workbook.addWorksheet('Plan', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [...STRUCTURE_WIDTHS, ...columns.map((c) => Math.round(c.weight * WIDTH_PER_WEIGHT))];
  sheet.columns = header.map((label, i) => ({ header: label, width: widths[i] }));
  const ragCol = header.length - columns.length + columns.findIndex((c) => c.key === 'rag') + 1;
  for (const { cells, rag } of rows) {
    const row = sheet.addRow(cells);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(cells, widths);
    if (!rag || ragCol <= STRUCTURE_WIDTHS.length) continue;
    row.getCell(ragCol).fill = solid(RAG_FILLS[rag]);
    row.getCell(ragCol).font = { bold: true, color: { argb: `FF${RAG_TEXT_COLOURS[rag]}` } };
  }
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  head.height = rowHeight(header, widths);
  head.eachCell((cell) => {
    cell.fill = solid(HEADER_FILL);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  addNotes(workbook, plan);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
