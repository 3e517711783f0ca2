import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx-read';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;

describe('readDocx', () => {
  it('reads paragraphs and tables in document order, with styles by name', () => {
    const styles = `<w:styles ${W}><w:style w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style></w:styles>`;
    const data = docx(
      p('1. Commissioning', '<w:pStyle w:val="berschrift1"/>') + tbl(tr(tc(p('No.')), tc(p('Action')))) + p('KPIs'),
      { 'word/styles.xml': styles },
    );
    expect(readDocx(data).blocks).toEqual([
      { kind: 'paragraph', text: '1. Commissioning', style: 'Heading1' },
      { kind: 'table', rows: [{ cells: [{ text: 'No.' }, { text: 'Action' }] }] },
      { kind: 'paragraph', text: 'KPIs' },
    ]);
  });

  it('joins a cell\'s paragraphs with newlines and keeps tabs and breaks', () => {
    const cell = tc(p('one') + '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>' + p(''));
    const [table] = readDocx(docx(tbl(tr(cell)))).blocks;
    expect(table).toEqual({ kind: 'table', rows: [{ cells: [{ text: 'one\na\tb\nc' }] }] });
  });

  it('leaves out tracked deletions and field codes but keeps insertions', () => {
    const para =
      '<w:p><w:r><w:t>kept </w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t>added</w:t></w:r></w:ins><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>';
    expect(readDocx(docx(para)).blocks).toEqual([{ kind: 'paragraph', text: 'kept added' }]);
  });

  it('reads gridSpan as span and shading fills, solid patterns by their colour', () => {
    const row = tr(
      tc(p('Sub-heading'), '<w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="f2f2f2"/>'),
      tc(p('x'), '<w:shd w:val="solid" w:color="FF0000" w:fill="auto"/>'),
      tc(p('y'), '<w:shd w:val="clear" w:fill="auto"/>'),
    );
    const [table] = readDocx(docx(tbl(row))).blocks;
    expect(table).toEqual({
      kind: 'table',
      rows: [{ cells: [{ text: 'Sub-heading', span: 2, shading: 'F2F2F2' }, { text: 'x', shading: 'FF0000' }, { text: 'y' }] }],
    });
  });

  it('gives a vertically merged cell the text of the cell it continues', () => {
    const rows = [
      tr(tc(p('1')), tc(p('Police'), '<w:vMerge w:val="restart"/>')),
      tr(tc(p('2')), tc(p(''), '<w:vMerge/>')),
      tr(tc(p('3')), tc(p('CCG'))),
    ];
    const [table] = readDocx(docx(tbl(...rows))).blocks;
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1', 'Police'],
      ['2', 'Police'],
      ['3', 'CCG'],
    ]);
  });

  it('renders list numbering: bullets as "· ", numbers counted', () => {
    const numbering =
      `<w:numbering ${W}>` +
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
    const num = (id: number, lvl = 0) => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;
    const body = p('item', num(1)) + p('First', num(2)) + p('sub', num(2, 1)) + p('Second', num(2));
    const texts = readDocx(docx(body, { 'word/numbering.xml': numbering })).blocks.map((b) => b.kind === 'paragraph' && b.text);
    expect(texts).toEqual(['· item', '1. First', '1.a) sub', '2. Second']);
  });

  it('looks inside content controls and reads the core title', () => {
    const core = '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Plan A</dc:title></cp:coreProperties>';
    const body = `<w:sdt><w:sdtContent>${tbl(tr(tc(p('in control'))))}</w:sdtContent></w:sdt>`;
    expect(readDocx(docx(body, { 'docProps/core.xml': core }))).toEqual({
      format: 'docx',
      title: 'Plan A',
      blocks: [{ kind: 'table', rows: [{ cells: [{ text: 'in control' }] }] }],
    });
  });

  it('refuses a zip with no Word body and a truncated file', () => {
    expect(() => readDocx(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }))).toThrow(
      expect.objectContaining({ reason: 'unsupported-format' }),
    );
    const whole = docx(tbl(tr(tc(p('x')))));
    expect(() => readDocx(whole.slice(0, whole.length - 30))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  });
});
