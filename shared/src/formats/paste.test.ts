import { describe, expect, it } from 'vitest';
import { readPaste } from './paste';

describe('readPaste', () => {
  it('reads a Word-style HTML table: headings, colspan, rowspan, shading, breaks and list items', () => {
    const html = `<html><head><style>td{}</style></head><body>
      <h1>1. Commissioning</h1>
      <table><tbody>
        <tr><th>No.</th><th>Action</th><th>Led By</th><th>RAG</th></tr>
        <tr><td colspan="4">Matching need</td></tr>
        <tr><td>1</td><td><p>First&nbsp;line</p><p>second</p></td><td rowspan="2">Police</td>
            <td style="background:#00B050">G</td></tr>
        <tr><td>2</td><td>One<br>two<ul><li>bullet</li></ul></td><td bgcolor="red"></td></tr>
      </tbody></table><p>KPIs after</p></body></html>`;
    const { doc } = readPaste({ html, text: 'ignored\twhen html has a table' });
    expect(doc.format).toBe('html');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: '1. Commissioning', style: 'Heading1' },
      {
        kind: 'table',
        rows: [
          { cells: [{ text: 'No.' }, { text: 'Action' }, { text: 'Led By' }, { text: 'RAG' }] },
          { cells: [{ text: 'Matching need', span: 4 }] },
          { cells: [{ text: '1' }, { text: 'First line\nsecond' }, { text: 'Police' }, { text: 'G', shading: '00B050' }] },
          { cells: [{ text: '2' }, { text: 'One\ntwo\n· bullet' }, { text: 'Police' }, { text: '', shading: 'FF0000' }] },
        ],
      },
      { kind: 'paragraph', text: 'KPIs after' },
    ]);
  });

  it('reads Excel clipboard fills from its <style> classes', () => {
    const html = `<html><head><style><!--.xl65 {mso-pattern:black none; background:#FFC000;}
      .xl66 {background:#00B050;}--></style></head><body><table>
      <tr><td>No.</td><td>Action</td><td>RAG</td></tr>
      <tr><td>1</td><td>Do it</td><td class=xl65></td></tr>
      <tr><td>2</td><td>Then</td><td class="xl65" style="background:#FF0000">R</td></tr>
      <tr><td>3</td><td>Last</td><td class=xl66>G</td></tr></table></body></html>`;
    const table = readPaste({ html }).doc.blocks[0];
    const fills = table?.kind === 'table' ? table.rows.map((r) => r.cells[2]?.shading) : [];
    expect(fills).toEqual([undefined, 'FFC000', 'FF0000', '00B050']);
  });

  it('falls back to tab-separated text', () => {
    const { doc } = readPaste({ html: '<b>no table</b>', text: 'No.\tAction\r\n1\tDo it\r\n' });
    expect(doc.format).toBe('tsv');
    expect(doc.blocks).toEqual([
      { kind: 'table', rows: [{ cells: [{ text: 'No.' }, { text: 'Action' }], line: 1 }, { cells: [{ text: '1' }, { text: 'Do it' }], line: 2 }] },
    ]);
  });

  it('refuses a paste with no table', () => {
    expect(() => readPaste({ text: 'just words' })).toThrow(expect.objectContaining({ reason: 'no-table' }));
    expect(() => readPaste({})).toThrow(expect.objectContaining({ reason: 'no-table' }));
  });
});
