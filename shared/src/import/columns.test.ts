import { describe, expect, it } from 'vitest';
import { looksLikeHeaderRow, matchColumns } from './columns';

const HEADERS: [string[], (string | null)[]][] = [
  [['No.', 'Action ', 'Timescale ', 'Led By', 'Outcomes', 'Summary progress against actions (include outcome measures where relevant)', 'Red/Amber/Green (RAG)'],
    ['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', 'rag']],
  [['Ref no.', 'Actions', 'Time-scale', 'Lead agency', 'Expected outcome', 'UPDATE NOV 2015', 'RAG rating'],
    ['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', 'rag']],
  [['#', 'What', 'By when', 'By whom', 'Outcome measures', 'Status update', 'Status'],
    ['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', 'rag']],
  [['Ref', 'Actions and milestones', 'Due', 'Owner', 'Comments', 'Cost', ''], ['ref', 'text', 'timescale', 'leads', 'progress', null, null]],
  [['RAG', 'No.', 'Action', 'Target date', 'Responsible', 'Progress'], ['rag', 'ref', 'text', 'timescale', 'leads', 'progress']],
];

describe('matchColumns', () => {
  it.each(HEADERS)('%j', (labels, keys) => {
    expect(matchColumns(labels).map((m) => m.key)).toEqual(keys);
    expect(looksLikeHeaderRow(labels)).toBe(true);
  });

  it('lets cells overrule a header: "RAG" holding local/countywide is not the rating', () => {
    const m = matchColumns(['No.', 'RAG', 'Action'], [['1', '2', '3'], ['local', 'countywide', 'local'], ['a', 'b', 'c']]);
    expect(m.map((c) => c.key)).toEqual(['ref', null, 'text']);
    expect(m[1]!.overruled).toBe('rag');
  });

  it('recognises unlabelled columns by their cells', () => {
    const m = matchColumns(['', 'Action', ''], [['1.1', '1.2', '1.3'], ['x', 'y', 'z'], ['Red', 'Green', 'Amber']]);
    expect(m.map((c) => [c.key, c.by])).toEqual([['ref', 'content'], ['text', 'header'], ['rag', 'content']]);
  });

  it('does not take data rows or headings for headers', () => {
    expect(looksLikeHeaderRow(['1', 'Community Mental Health Re-configuration', 'October 2015', 'Bromley CCG / Oxleas'])).toBe(false);
    expect(looksLikeHeaderRow(['Matching local need with a suitable range of services'])).toBe(false);
  });
});
