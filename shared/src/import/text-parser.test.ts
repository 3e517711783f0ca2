import { describe, expect, it } from 'vitest';
import { parseTextPlan } from './text-parser';

function rows(text: string): string[][] {
  return parseTextPlan(text).blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
}

describe('parseTextPlan', () => {
  it('keeps a cell whose empty paragraph prints as a blank line inside its row', () => {
    const text = '\tNo.\n\tAction\n\tLead\n\n\tHeading\n\n\t1.7\n\n\tExtend the line\n\n\tCCG\n\n\t1.8\n\tReview\n\tLA\n';
    expect(rows(text)).toEqual([['No.', 'Action', 'Lead'], ['Heading'], ['1.7', 'Extend the line', 'CCG'], ['1.8', 'Review', 'LA']]);
  });

  it('joins continuation lines to their cell and reads several tabs on one line as several cells', () => {
    const text = '\tNo.\n\tAction\n\tLead\n\n\t\t\tSub-heading\n\n\t1\n\tFirst line\nsecond line\n\n· bullet\n\tCCG\n';
    expect(rows(text)).toEqual([['No.', 'Action', 'Lead'], ['', '', 'Sub-heading'], ['1', 'First line\nsecond line\n\n· bullet', 'CCG']]);
  });

  it('starts free text after a wide gap, and at a flattened repeat of the tables', () => {
    const text = '\tNo.\n\tAction plan for crisis care\n\n\t1\n\tDo it\n\n\n\nKPI list\n';
    const doc = parseTextPlan(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    const flat = parseTextPlan('\tNo.\n\tAction plan for crisis care\n\n\t1\n\tDo it\nNo.  Action plan for crisis care\n');
    expect(flat.blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(flat.blocks[1]).toMatchObject({ kind: 'paragraph', line: 6 });
  });
});
