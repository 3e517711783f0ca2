import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../import/source';
import { readDelimited } from './csv-read';

const texts = (blocks: SourceBlock[]) =>
  blocks.map((b) => (b.kind === 'paragraph' ? `¶${b.style ?? ''} ${b.text}` : b.rows.map((r) => r.cells.map((c) => c.text))));

describe('readDelimited', () => {
  it('handles a BOM, CRLF, quoted commas, quotes and newlines', () => {
    const csv = '\uFEFFNo.,Action,Led By\r\n1,"Crisis line, 24/7","Police\r\nCCG"\r\n2,"Say ""hello""",Mind\r\n';
    const { doc, warnings } = readDelimited(csv, 'csv');
    expect(texts(doc.blocks)).toEqual([
      [
        ['No.', 'Action', 'Led By'],
        ['1', 'Crisis line, 24/7', 'Police\nCCG'],
        ['2', 'Say "hello"', 'Mind'],
      ],
    ]);
    expect(warnings).toEqual([]);
  });

  it('guesses a semicolon delimiter (European Excel)', () => {
    const { doc } = readDelimited('No.;Action\n1;Do it\n', 'csv');
    expect(texts(doc.blocks)).toEqual([[['No.', 'Action'], ['1', 'Do it']]]);
  });

  it('turns title lines into paragraphs and lone first cells into full-width headings', () => {
    const csv = 'Bromley plan,,\nNo.,Action,RAG\nAccess to support,,\n1,Do it,Red\n';
    const { doc } = readDelimited(csv, 'csv');
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', text: 'Bromley plan', line: 1 });
    const table = doc.blocks[1];
    expect(table?.kind === 'table' && table.rows[1]).toEqual({ cells: [{ text: 'Access to support', span: 3 }], line: 3 });
  });

  it('splits on Section and Sub-heading columns into headings and sub-heading rows', () => {
    const csv = [
      'Section,Sub-heading,No.,Action',
      '1. Commissioning,Matching need,1,First',
      '1. Commissioning,Matching need,2,Second',
      '1. Commissioning,Other,3,Third',
      '2. Access,,4,Fourth',
      '3. Empty,,,',
    ].join('\r\n');
    expect(texts(readDelimited(csv, 'csv').doc.blocks)).toEqual([
      '¶Heading1 1. Commissioning',
      [['No.', 'Action'], ['Matching need'], ['1', 'First'], ['2', 'Second'], ['Other'], ['3', 'Third']],
      '¶Heading1 2. Access',
      [['No.', 'Action'], ['4', 'Fourth']],
      '¶Heading1 3. Empty',
      [['No.', 'Action']],
    ]);
  });

  it('pads a short row and says so', () => {
    const { doc, warnings } = readDelimited('No.,Action,RAG\n1,Do it\n', 'csv');
    expect(texts(doc.blocks)).toEqual([[['No.', 'Action', 'RAG'], ['1', 'Do it', '']]]);
    expect(warnings).toEqual([{ reason: 'row-padded', detail: '2 of 3 cells', line: 2 }]);
  });

  it('drops empty trailing cells past the header without complaint', () => {
    const { doc, warnings } = readDelimited('No.,Action\n1,Do it,,\n', 'csv');
    expect(texts(doc.blocks)).toEqual([[['No.', 'Action'], ['1', 'Do it']]]);
    expect(warnings).toEqual([]);
  });

  it('refuses a row with text past the header (shifted cells)', () => {
    expect(() => readDelimited('No.,Action\n1,Do it, then more\n', 'csv')).toThrow(
      expect.objectContaining({ reason: 'ragged' }),
    );
  });

  it('refuses an unterminated quote and a file with no header row', () => {
    expect(() => readDelimited('No.,Action\n1,"Do it\n', 'csv')).toThrow(expect.objectContaining({ reason: 'corrupt' }));
    expect(() => readDelimited('just\nlines\n', 'csv')).toThrow(expect.objectContaining({ reason: 'no-table' }));
  });

  it('reads tab-separated text with a given delimiter', () => {
    const { doc } = readDelimited('No.\tAction\n1\tA, B and C\n', 'tsv', '\t');
    expect(doc.format).toBe('tsv');
    expect(texts(doc.blocks)).toEqual([[['No.', 'Action'], ['1', 'A, B and C']]]);
  });
});
