import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadPlanIntoDoc } from './load-plan';
import { planFromDoc } from './plan-from-doc';
import { PLAN_KEY, ROOT } from './schema';
import { richPlan } from '../../testing/model';

/**
 * A doc as a newer version might leave it: new keys on the plan and on each kind of item (plain values, a Y.Text, a
 * Y.Map), and a new root collection, written straight into the Y types as that version's own code would.
 */
function docFromTheFuture(): Y.Doc {
  const writer = new Y.Doc();
  loadPlanIntoDoc(writer, richPlan());
  writer.transact(() => {
    writer.getMap(ROOT.plan).set(PLAN_KEY.schemaVersion, 7);
    writer.getMap(ROOT.plan).set('fundingYear', '2017/18');
    const section = writer.getMap<Y.Map<unknown>>(ROOT.sections).get('s1')!;
    section.set('owner', 'Board');
    writer.getMap<Y.Map<unknown>>(ROOT.groups).get('g1')!.set('colour', null);
    const action = writer.getMap<Y.Map<unknown>>(ROOT.actions).get('a1')!;
    action.set('risk', new Y.Text('Funding ends in March'));
    const scores = new Y.Map<unknown>();
    action.set('scores', scores);
    scores.set('impact', 4);
    action.set('blob', new Uint8Array([1, 2, 3]));
    writer.getMap<Y.Map<unknown>>(ROOT.meetings).get('m1')!.set('quorate', true);
    const groups = writer.getMap<Y.Map<unknown>>('workingGroups');
    const group = new Y.Map<unknown>();
    groups.set('wg1', group);
    group.set('name', 'Street triage');
  });
  // The old app gets it by sync: the new root arrives untyped, as it does over the network.
  const old = new Y.Doc();
  Y.applyUpdate(old, Y.encodeStateAsUpdate(writer), 'remote');
  return old;
}

describe('keys a newer version wrote, read by this one', () => {
  it('come through into Plan JSON as their JSON values, on the plan and on every kind of item', () => {
    const plan = planFromDoc(docFromTheFuture()) as unknown as Record<string, unknown> & ReturnType<typeof planFromDoc>;
    expect(plan.version).toBe(7);
    expect(plan.fundingYear).toBe('2017/18');
    expect(plan.workingGroups).toEqual({ wg1: { name: 'Street triage' } });
    expect(plan.sections[0]).toMatchObject({ id: 's1', owner: 'Board' });
    expect(plan.sections[0]!.groups[0]).toMatchObject({ id: 'g1', colour: null });
    const action = plan.sections[0]!.groups[0]!.actions[0] as unknown as Record<string, unknown>;
    expect(action).toMatchObject({ id: 'a1', risk: 'Funding ends in March', scores: { impact: 4 }, priority: 3 });
    expect(Object.hasOwn(action, 'blob')).toBe(false); // not JSON: left in the doc, not exported
    expect(plan.meetings.find((m) => m.id === 'm1')).toMatchObject({ quorate: true });
    // The doc's own bookkeeping and Y-only keys never leak into Plan JSON.
    expect(Object.keys(plan)).not.toContain('schemaVersion');
  });

  it('come after the keys this version knows, and never override one of them', () => {
    const doc = docFromTheFuture();
    doc.getMap<Y.Map<unknown>>(ROOT.actions).get('a1')!.set('extra', JSON.stringify({ risk: 'older copy', mood: 'x' }));
    const action = planFromDoc(doc).sections[0]!.groups[0]!.actions[0] as unknown as Record<string, unknown>;
    expect(action.risk).toBe('Funding ends in March');
    expect(action.mood).toBe('x');
    expect(Object.keys(action).indexOf('risk')).toBeGreaterThan(Object.keys(action).indexOf('archived'));
  });

  it('survive the old app writing the plan out as Plan JSON and reading that back into a doc', () => {
    const exported = planFromDoc(docFromTheFuture());
    const again = new Y.Doc();
    // Loading newer Plan JSON is refused (see round-trip.test.ts); as version 1 the same keys are kept as extra.
    loadPlanIntoDoc(again, { ...exported, version: 1 });
    expect(planFromDoc(again)).toEqual({ ...exported, version: 1 });
  });
});
