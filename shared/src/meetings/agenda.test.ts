import { describe, expect, it } from 'vitest';
import { resolveAgenda } from './agenda';
import { liveActions } from './plan-walk';
import { nottinghamshireDoc, smallPlan } from '../../testing/meetings';
import { itWithSeeds } from '../../../testing/with-seeds';

describe('resolveAgenda', () => {
  it('whole plan: every live action in plan order, archived actions, groups and sections left out', () => {
    expect(resolveAgenda(smallPlan(), { kind: 'all' })).toEqual(['a1', 'a5']);
  });

  it('sections: only those sections, in plan order whatever order they were chosen in', () => {
    expect(resolveAgenda(smallPlan(), { kind: 'sections', sectionIds: ['s3', 's1'] })).toEqual(['a1', 'a5']);
    expect(resolveAgenda(smallPlan(), { kind: 'sections', sectionIds: ['s3'] })).toEqual(['a5']);
    expect(resolveAgenda(smallPlan(), { kind: 'sections', sectionIds: ['s2'] })).toEqual([]);
  });

  it('picked actions: plan order, archived dropped; an id not in the plan is refused with a reason', () => {
    expect(resolveAgenda(smallPlan(), { kind: 'actions', actionIds: ['a5', 'a2', 'a1'] })).toEqual(['a1', 'a5']);
    expect(() => resolveAgenda(smallPlan(), { kind: 'actions', actionIds: ['a1', 'zz'] })).toThrow(
      expect.objectContaining({ reason: 'action-not-found' }),
    );
    expect(() => resolveAgenda(smallPlan(), { kind: 'sections', sectionIds: ['nope'] })).toThrow(
      expect.objectContaining({ reason: 'section-not-found' }),
    );
  });

  itWithSeeds('filter on the Nottinghamshire seed: lead contains "Police", and overdue by 2016-01-14', () => {
    const { plan } = nottinghamshireDoc();
    const all = liveActions(plan);
    const police = resolveAgenda(plan, { kind: 'filter', filter: { lead: 'police' }, context: { today: '2016-01-14' } });
    const expected = all.filter((p) => p.action.leads.join('|').toLowerCase().includes('police')).map((p) => p.action.id);
    expect(police).toEqual(expected);
    expect(police.length).toBeGreaterThan(3);
    const overdue = resolveAgenda(plan, { kind: 'filter', filter: { overdue: true }, context: { today: '2016-01-14' } });
    // The seed's April 2015 booklet action is due before the meeting; the 15-16 actions are due 31 March 2016.
    const dueBefore = all.filter((p) => p.action.due !== null && p.action.due < '2016-01-14').map((p) => p.action.id);
    expect(overdue).toEqual(dueBefore);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(all.length);
  });
});
