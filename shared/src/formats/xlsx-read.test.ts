import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './xlsx-read';

async function workbook(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Plan'));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readXlsx', () => {
  it('reads values as shown, fills as shading, merges as spans, and ignores formatting past the data', async () => {
    const data = await workbook((sheet) => {
      sheet.addRow(['No.', 'Action', 'Due', 'RAG']);
      sheet.addRow(['Matching need']);
      sheet.mergeCells('A2:D2');
      const row = sheet.addRow([1.12, { richText: [{ text: 'Rich ' }, { text: 'text' }] }, new Date(Date.UTC(2016, 2, 31)), '']);
      row.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
      row.getCell(200).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      sheet.addRow([2, { formula: '1+1', result: 'Two' }, 'June 2016', 'Amber']);
    });
    const doc = await readXlsx(data);
    expect(doc.blocks).toEqual([
      {
        kind: 'table',
        rows: [
          { cells: [{ text: 'No.' }, { text: 'Action' }, { text: 'Due' }, { text: 'RAG' }], line: 1 },
          { cells: [{ text: 'Matching need', span: 4 }], line: 2 },
          { cells: [{ text: '1.12' }, { text: 'Rich text' }, { text: '2016-03-31' }, { text: '', shading: '92D050' }], line: 3 },
          { cells: [{ text: '2' }, { text: 'Two' }, { text: 'June 2016' }, { text: 'Amber' }], line: 4 },
        ],
      },
    ]);
  });

  it('refuses a workbook with no header row, and damaged bytes', async () => {
    const empty = await workbook((sheet) => sheet.addRow(['only one cell']));
    await expect(readXlsx(empty)).rejects.toMatchObject({ reason: 'no-table' });
    await expect(readXlsx(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ reason: 'corrupt' });
  });
});
