/**
 * .xlsx -> SourceDocument with exceljs: each visible sheet with text becomes a grid (values as displayed text,
 * fills as shading, merged cells as spans or copied down), then grid.ts gives it structure.
 */
import ExcelJS from 'exceljs';
import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from '../import/source';
import { ImportError } from '../import/import-error';
import { gridToBlocks, hasTable, sectionsColumnOf } from './grid';

type Value = ExcelJS.CellValue;

/** The text a cell shows; dates as ISO days so the builder can read due dates from them. */
export function valueText(value: Value): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return valueText(value.text as Value);
  if ('result' in value) return valueText(value.result as Value);
  if ('error' in value) return String(value.error);
  return '';
}

function cellShading(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? argb.slice(2).toUpperCase() : undefined;
}

/**
 * A sheet row as cells. Across a horizontal merge the first cell spans the rest; below a vertical merge each
 * row repeats the master's text (as the .docx reader does with vMerge).
 */
function readRow(sheet: ExcelJS.Worksheet, r: number, width: number): SourceRow {
  const cells: SourceCell[] = [];
  for (let c = 1; c <= width; c++) {
    const cell = sheet.getCell(r, c);
    const master = cell.isMerged ? cell.master : cell;
    const last = cells[cells.length - 1];
    if (master !== cell && master.row === cell.row && last) {
      last.span = (last.span ?? 1) + 1;
      continue;
    }
    const out: SourceCell = { text: valueText(master.value).replace(/\r\n?/g, '\n') };
    const shading = cellShading(master);
    if (shading) out.shading = shading;
    cells.push(out);
  }
  return { cells, line: r };
}

/**
 * The last column holding a value. Not sheet.columnCount: formatting a whole row stretches that to 16,384.
 */
function valueWidth(sheet: ExcelJS.Worksheet): number {
  let width = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (valueText(cell.value) !== '') width = Math.max(width, col);
    });
  });
  return width;
}

/**
 * Parses an .xlsx workbook.
 * @throws ImportError 'corrupt' when exceljs cannot read it, 'no-table' when no sheet has a header row.
 */
export async function readXlsx(data: Uint8Array): Promise<SourceDocument> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    throw new ImportError('corrupt', `The workbook cannot be read: ${String(e)}`);
  }
  const blocks: SourceBlock[] = [];
  let sectionsColumn: string | undefined;
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const width = valueWidth(sheet);
    const rows: SourceRow[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) rows.push(readRow(sheet, r, width));
    blocks.push(...gridToBlocks(rows));
    sectionsColumn ??= sectionsColumnOf(rows);
  }
  if (!hasTable(blocks)) throw new ImportError('no-table', 'No sheet has a row naming two or more columns.');
  const title = workbook.title?.trim();
  return { format: 'xlsx', ...(title ? { title } : {}), ...(sectionsColumn ? { sectionsColumn } : {}), blocks };
}
