import { describe, expect, it } from 'vitest';
import { KNOWN_COLUMN_KEYS } from '../plan-json';
import { concordatTemplate } from './template';

describe('concordatTemplate', () => {
  it('has the five standard sections, numbered 1 to 5, each with one untitled group and no actions', () => {
    const plan = concordatTemplate({ id: 'p1', title: 'Luton' });
    expect(plan).toMatchObject({ format: 'concord.plan', version: 1, id: 'p1', title: 'Luton', meetings: [] });
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ['1', 'Commissioning to allow earlier intervention and responsive crisis services'],
      ['2', 'Access to support before crisis point'],
      ['3', 'Urgent and emergency access to crisis care'],
      ['4', 'Quality of treatment and care when in crisis'],
      ['5', 'Recovery and staying well / preventing future crisis'],
    ]);
    for (const s of plan.sections) expect(s.groups).toEqual([{ id: expect.any(String), title: null, actions: [] }]);
    const ids = plan.sections.flatMap((s) => [s.id, s.groups[0]!.id]);
    expect(new Set(ids).size).toBe(10);
  });

  it('has the default columns and a legend for every rating', () => {
    const plan = concordatTemplate({ id: 'p1', title: 'Luton' });
    expect(plan.columns).toEqual([
      { key: 'ref', label: 'No.' }, { key: 'text', label: 'Action' }, { key: 'timescale', label: 'Timescale' },
      { key: 'leads', label: 'Led by' }, { key: 'outcomes', label: 'Outcomes' },
      { key: 'progress', label: 'Summary progress' }, { key: 'rag', label: 'RAG' },
    ]);
    expect(plan.columns.every((c) => (KNOWN_COLUMN_KEYS as readonly string[]).includes(c.key))).toBe(true);
    expect(plan.legend.map((l) => l.rag)).toEqual(['red', 'amber', 'green', 'blue']);
  });

  it('gives fresh ids each time and shares no objects between plans', () => {
    const [a, b] = [concordatTemplate({ id: 'a', title: 'A' }), concordatTemplate({ id: 'b', title: 'B' })];
    expect(a.sections[0]!.id).not.toBe(b.sections[0]!.id);
    a.columns[0]!.label = 'Ref';
    expect(b.columns[0]!.label).toBe('No.');
  });
});
