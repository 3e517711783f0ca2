/**
 * Odd input: every file either imports, keeping its text, or is refused with an ImportError and a reason; none
 * throws anything else or runs on. Empty tables, a header alone, one column, nested tables, pictures, fields,
 * comments, tracked changes, 5,000 rows, very long cells, merged cells everywhere (seeded), odd workbooks and CSVs.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { IMPORT_ERROR_REASONS, type ImportResult } from '@concord/shared';
import { importFile } from '@concord/shared/formats';
import { docxLines, xlsxLines } from '../import-corpus/cell-reader';
import { lostLines } from '../import-corpus/lost-text';
import { docxWithBody, renderDocx } from '../import-corpus/render-docx';
import { renderTxt } from '../import-corpus/render-txt';
import type { CellSpec, RowSpec } from '../import-corpus/spec';
import { NOW, random } from './seeds';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const p = (inner: string) => `<w:p>${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const tc = (...paras: string[]) => `<w:tc>${paras.join('') || p('')}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const textRow = (...texts: string[]) => tr(...texts.map((t) => tc(p(r(t)))));
const HEADER = ['Ref', 'Action', 'Lead', 'Timescale', 'Progress'];

type Outcome = { result: ImportResult } | { reason: string };

/** Imports, and says how: a result, or the reason of an ImportError. Anything else thrown fails the test. */
async function attempt(name: string, data: Uint8Array): Promise<Outcome> {
  try {
    return { result: await importFile(name, data, { id: 'plan', now: NOW }) };
  } catch (e) {
    const reason = (e as { reason?: unknown }).reason;
    expect((e as Error).name, String(e)).toBe('ImportError');
    expect(IMPORT_ERROR_REASONS).toContain(reason);
    return { reason: String(reason) };
  }
}

async function imported(name: string, data: Uint8Array): Promise<ImportResult> {
  const outcome = await attempt(name, data);
  if ('reason' in outcome) throw new Error(`refused: ${outcome.reason}`);
  return outcome.result;
}

const actionsOf = (result: ImportResult) => result.plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));

describe('odd Word documents', () => {
  it('an empty table, a header alone and a one-column table are refused with a reason', async () => {
    const empty = docxWithBody(tbl(textRow('', ''), textRow('', '')));
    const headerOnly = docxWithBody(tbl(textRow(...HEADER)));
    const oneColumn = docxWithBody(tbl(textRow('Our crisis plan'), textRow('Open a café'), textRow('Staff the line')));
    expect(['no-table', 'unrecognised']).toContain((await attempt('empty.docx', empty) as { reason: string }).reason);
    expect(await attempt('header.docx', headerOnly)).toEqual({ reason: 'unrecognised' });
    expect(await attempt('one-column.docx', oneColumn)).toEqual({ reason: 'unrecognised' });
  });

  it('keeps a nested table’s text in the cell that holds it', async () => {
    const nested = tbl(textRow('Partner', 'Share'), textRow('Vale CCG', '60%'), textRow('Vale Council', '40%'));
    const data = docxWithBody(tbl(textRow(...HEADER), tr(tc(p(r('1'))), tc(p(r('Pool the crisis budget')), nested), tc(p(r('Vale CCG'))), tc(p(r('April 2017'))), tc(p('')))));
    const result = await imported('nested.docx', data);
    expect(actionsOf(result)[0]!.text).toBe('Pool the crisis budget\nPartner\tShare\nVale CCG\t60%\nVale Council\t40%');
    expect(lostLines(docxLines(data), result.plan)).toEqual([]);
  });

  it('reads the words around pictures, fields, comments, footnotes, text boxes and tracked changes, and only those', async () => {
    const picture = '<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Logo"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r('March 2017') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const comment = '<w:commentRangeStart w:id="0"/>' + r('Vale Police') + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>';
    const tracked = r('Train ') + '<w:del w:id="1" w:author="A"><w:r><w:delText>some </w:delText></w:r></w:del><w:ins w:id="2" w:author="A">' + r('all ') + '</w:ins>' + r('officers');
    const movedFrom = '<w:moveFrom w:id="3" w:author="A">' + r('Moved words') + '</w:moveFrom>';
    const movedTo = '<w:moveTo w:id="4" w:author="A">' + r('Moved words') + '</w:moveTo>';
    const footnote = r('Done') + '<w:r><w:footnoteReference w:id="1"/></w:r>';
    const textBox = '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing><wps:txbx><w:txbxContent>' + p(r('In a box')) + '</w:txbxContent></wps:txbx></w:drawing></w:r></mc:Choice><mc:Fallback>' + r('In a box') + '</mc:Fallback></mc:AlternateContent>';
    const body = p(picture + r('Vale crisis plan')) + tbl(
      textRow(...HEADER),
      tr(tc(p(r('1'))), tc(p(tracked), p(movedFrom)), tc(p(comment)), tc(p(field)), tc(p(footnote), p(textBox), p(movedTo))),
      tr(tc(p(r('2'))), tc(p('<w:hyperlink r:id="rId8">' + r('Publish the directory') + '</w:hyperlink><w:bookmarkStart w:id="5" w:name="x"/><w:bookmarkEnd w:id="5"/>')), tc(p(r('Vale CCG'))), tc(p(r('May 2017'))), tc(p(''))),
    );
    const comments = `<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="B">${p(r('Check the lead'))}</w:comment></w:comments>`;
    const data = docxWithBody(body, { 'word/comments.xml': comments, 'word/media/image1.png': new Uint8Array([137, 80, 78, 71]) });
    const result = await imported('furniture.docx', data);
    const [first, second] = actionsOf(result);
    expect(first).toMatchObject({ ref: '1', text: 'Train all officers', leadText: 'Vale Police', timescale: 'March 2017', due: '2017-03-31', progress: 'Done\nIn a box\nMoved words' });
    expect(second).toMatchObject({ ref: '2', text: 'Publish the directory' });
    expect(JSON.stringify(result.plan)).not.toMatch(/some |DATE|Check the lead/);
    expect(lostLines(docxLines(data), result.plan)).toEqual([]);
  });

  it('imports 5,000 rows and a cell of 100,000 characters without losing either', { timeout: 120_000 }, async () => {
    const long = 'A long account of what happened. '.repeat(3000).trim();
    const rows: RowSpec[] = [HEADER, ...Array.from({ length: 5000 }, (_, i): RowSpec => [String(i + 1), `Action number ${i + 1}`, 'Vale CCG', 'March 2017', i === 0 ? long : ''])];
    const data = renderDocx('Big', [{ table: rows }]);
    const result = await imported('big.docx', data);
    expect(actionsOf(result)).toHaveLength(5000);
    expect(actionsOf(result)[0]!.progress).toBe(long);
    const text = renderTxt('Big', [{ table: rows }]);
    expect(actionsOf(await imported('big.txt', new TextEncoder().encode(text)))).toHaveLength(5000);
  });

  it('keeps every line of plans with cells merged across and down at random (seeded)', { timeout: 60_000 }, async () => {
    let read = 0;
    for (const seed of [11, 12, 13, 14, 15, 16, 17, 18]) {
      const next = random(seed);
      const rows: RowSpec[] = [HEADER];
      for (let i = 0; i < 12; i++) {
        const row: CellSpec[] = [];
        for (let c = 0; c < HEADER.length; ) {
          const span = next() < 0.2 ? Math.min(HEADER.length - c, 1 + Math.floor(next() * 3)) : 1;
          const down = i > 0 && span === 1 && next() < 0.2 && rows[rows.length - 1]!.length === HEADER.length;
          row.push(down ? { text: '', vmerge: 'continue' } : { text: c === 0 ? String(i + 1) : `Cell ${i}.${c} of seed ${seed}`, span, ...(span === 1 && next() < 0.3 ? { vmerge: 'restart' as const } : {}) });
          c += span;
        }
        rows.push(row);
      }
      const data = renderDocx('Merged', [{ table: rows }]);
      const outcome = await attempt('merged.docx', data);
      if ('result' in outcome) expect(lostLines(docxLines(data), outcome.result.plan), `seed ${seed}`).toEqual([]);
      read += 'result' in outcome ? 1 : 0;
    }
    expect(read).toBe(8);
  });
});

describe('odd workbooks and text', () => {
  async function book(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    fill(workbook);
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it('refuses a workbook with no sheet of text, and reads one whose cells hold formulas, errors, numbers and dates', async () => {
    const empty = await book((b) => b.addWorksheet('Blank'));
    expect(await attempt('empty.xlsx', empty)).toEqual({ reason: 'no-table' });
    const odd = await book((b) => {
      const sheet = b.addWorksheet('Plan');
      sheet.addRow(HEADER);
      sheet.addRow([1, 'Count the calls', { formula: 'A1', result: { error: '#REF!' } }, new Date(Date.UTC(2017, 2, 31)), { richText: [{ text: 'Half ' }, { text: 'done', font: { bold: true } }] }]);
      sheet.addRow([2, 'Share the data', 'Vale CCG', 0.5, '']);
      sheet.mergeCells('E2:E3');
      b.addWorksheet('Lists', { state: 'hidden' }).addRow(['Red', 'Amber', 'Green']);
    });
    const result = await imported('odd.xlsx', odd);
    expect(actionsOf(result).map((a) => [a.ref, a.leadText, a.timescale, a.due, a.progress])).toEqual([
      ['1', '#REF!', '2017-03-31', '2017-03-31', 'Half done'],
      ['2', 'Vale CCG', '0.5', null, 'Half done'],
    ]);
    // The date is read as the day it shows (the file stores 42825, the days since 1900), and a hidden sheet of
    // lists for drop-downs is not the plan's: those are the only words the plan does not hold as the file has them.
    expect(lostLines(xlsxLines(odd), result.plan)).toEqual(['42825', 'Red', 'Amber', 'Green']);
  });

  it('refuses text that is not a plan with a reason, however it goes wrong', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(await attempt('tabs.txt', enc('\t\t\t\n\t\t\n'))).toHaveProperty('reason');
    expect(await attempt('long.txt', enc(`\t${'x'.repeat(200_000)}\n`))).toHaveProperty('reason');
    expect(await attempt('binary.txt', Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 256))).toEqual({ reason: 'corrupt' });
    expect(await attempt('quote.csv', enc('Ref,Action\n1,"never closed\n'))).toEqual({ reason: 'corrupt' });
    expect(await attempt('header.csv', enc('Ref,Action,Lead\n'))).toHaveProperty('reason');
  });
});
