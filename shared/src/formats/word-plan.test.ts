/**
 * A plan as Word authors make it, built from raw WordprocessingML: the RAG only as cell colour (in the shades
 * people pick), a lead merged down two rows, a sub-heading spanning the table, a section as a Heading 1
 * paragraph and a RAG key after the table. The format layer and the plan builder together must read all of it.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, tcPr = '') => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${p(text)}</w:tc>`;
const fill = (hex: string) => `<w:shd w:val="clear" w:color="auto" w:fill="${hex}"/>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function wordPlan(): Uint8Array {
  const rows = [
    tr(tc('No.'), tc('Action'), tc('Timescale'), tc('Led By'), tc('Progress'), tc('RAG')),
    tr(tc('Matching local need', '<w:gridSpan w:val="6"/>')),
    tr(tc('1'), tc('Crisis line'), tc('March 2016'), tc('Police', '<w:vMerge w:val="restart"/>'), tc('Live'), tc('', fill('92D050'))),
    tr(tc('2'), tc('Street triage'), tc('April 2016'), tc('', '<w:vMerge/>'), tc('Funded'), tc('', fill('FFC000'))),
    tr(tc('3'), tc('Section 136 suite'), tc('June 2016'), tc('CCG'), tc('Delayed'), tc('', fill('FF0000'))),
    tr(tc('4'), tc('Directory of services'), tc('May 2015'), tc('CCG'), tc('Done'), tc('', fill('00B0F0'))),
  ];
  const body =
    p('Bromley Crisis Care Concordat Action Plan', 'Title') +
    p('1. Commissioning to allow earlier intervention', 'Heading1') +
    `<w:tbl>${rows.join('')}</w:tbl>` +
    '<w:p><w:r><w:t>RAG key</w:t><w:br/><w:t>Red – at risk</w:t><w:br/><w:t>Green – on track</w:t></w:r></w:p>';
  const styles = `<w:styles ${W}><w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;
  return zipSync({
    'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/styles.xml': strToU8(styles),
  });
}

describe('a Word-authored plan', () => {
  it('imports with RAG from cell colours, merged leads, sub-heading, section and key', async () => {
    const { plan } = await importFile('bromley.docx', wordPlan(), { id: 'p', now: '2026-01-01T00:00:00Z' });
    expect(plan.title).toBe('Bromley Crisis Care Concordat Action Plan');
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([['1', 'Commissioning to allow earlier intervention']]);
    const [group] = plan.sections[0]!.groups;
    expect(group?.title).toBe('Matching local need');
    expect(group?.actions.map((a) => [a.ref, a.leads, a.rag, a.due])).toEqual([
      ['1', ['Police'], 'green', '2016-03-31'],
      ['2', ['Police'], 'amber', '2016-04-30'],
      ['3', ['CCG'], 'red', '2016-06-30'],
      ['4', ['CCG'], 'blue', '2015-05-31'],
    ]);
    expect(plan.legend).toEqual([
      { rag: 'red', meaning: 'at risk' },
      { rag: 'green', meaning: 'on track' },
    ]);
  });
});
