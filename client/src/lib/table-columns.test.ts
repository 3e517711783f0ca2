import { describe, expect, it } from 'vitest';
import { CONCORDAT_COLUMNS, type Action, type Plan } from '@concord/shared';
import { LATEST_UPDATE, shownByDefault, tableColumns } from './table-columns';

const action = (fields: Partial<Action>): Action => ({
  id: 'a', ref: null, text: 'A', timescale: '', due: null, leadText: (fields.leads ?? []).join('\n'), leads: [], outcomes: '', progress: '', rag: null, flags: [],
  custom: {}, updates: [], ragHistory: [], archived: false, ...fields,
});

function plan(columns: Plan['columns'], actions: Action[]): Plan {
  return { format: 'concord.plan', version: 1, id: 'p', title: 'P', meta: {}, legend: [], columns, notes: [], meetings: [],
    sections: [{ id: 's', number: '1', title: 'S', groups: [{ id: 'g', title: null, actions }] }] } as Plan;
}

describe('the plan table\'s columns', () => {
  it('puts the latest update after the plan\'s progress column', () => {
    const keys = tableColumns(plan([...CONCORDAT_COLUMNS], [action({})])).map((c) => c.key);
    expect(keys).toEqual(['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', LATEST_UPDATE, 'rag']);
  });

  it('adds Progress and RAG to a plan that had neither, and shows Progress only once something fills it', () => {
    const columns = [{ key: 'ref', label: 'No.' }, { key: 'text', label: 'Action' }, { key: 'custom1', label: 'Scope' }];
    const empty = plan(columns, [action({})]);
    expect(tableColumns(empty).map((c) => c.key)).toEqual(['ref', 'text', 'custom1', 'progress', LATEST_UPDATE, 'rag']);
    const byKey = (p: Plan) => Object.fromEntries(tableColumns(p).map((c) => [c.key, shownByDefault(p, c)]));
    // An empty custom column and a Progress column nobody has written in start hidden.
    expect(byKey(empty)).toEqual({ ref: true, text: true, custom1: false, progress: false, [LATEST_UPDATE]: true, rag: true });
    const filled = plan(columns, [action({ progress: 'Begun', custom: { custom1: 'countywide' } })]);
    expect(byKey(filled)).toMatchObject({ custom1: true, progress: true });
  });
});
