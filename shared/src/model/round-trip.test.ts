import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PLAN_VERSION, type Plan } from '../plan-json';
import { ModelError } from './errors';
import { loadPlanIntoDoc } from './load-plan';
import { initPlan } from './plan-info';
import { planFromDoc } from './plan-from-doc';
import { concordatTemplate } from './template';
import { exchange, replicas, richPlan } from '../../testing/model';
import { addAction, updateAction } from './actions';
import { setRag } from './history';

describe('Plan JSON <-> Y.Doc', () => {
  it('a rich plan round-trips exactly, with unknown keys on every kind of object', () => {
    const plan = richPlan();
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, plan);
    const back = planFromDoc(doc);
    expect(back).toEqual(plan);
    // toEqual ignores undefined-valued keys; the JSON text must match too (bar the order of keys).
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(plan)));
    const a1 = back.sections[0]!.groups[0]!.actions[0]! as unknown as Record<string, unknown>;
    expect(a1.priority).toBe(3);
    expect((back as unknown as Record<string, unknown>).futurePlanKey).toEqual({ a: 1 });
  });

  it('keeps unknown keys whose names an object already has by inheritance', () => {
    const plan = JSON.parse(JSON.stringify(richPlan()).replace('"priority":3', '"priority":3,"constructor":"c","toString":"t"'));
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, plan);
    const a1 = planFromDoc(doc).sections[0]!.groups[0]!.actions[0]! as unknown as Record<string, unknown>;
    expect([a1.constructor, a1.toString]).toEqual(['c', 't']);
    expect(planFromDoc(doc)).toEqual(plan);
  });

  it('survives a second trip through a replica that joined by sync', () => {
    const [a, b] = replicas(richPlan(), 1);
    expect(planFromDoc(b!)).toEqual(richPlan());
    const again = new Y.Doc();
    loadPlanIntoDoc(again, planFromDoc(b!));
    expect(planFromDoc(again)).toEqual(richPlan());
    expect(JSON.stringify(planFromDoc(a!))).toBe(JSON.stringify(planFromDoc(b!)));
  });

  it('keeps an imported rating with no history until someone rates the action', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, richPlan());
    const get = () => planFromDoc(doc).sections[0]!.groups[0]!.actions[1]!;
    expect(get().rag).toBe('green');
    setRag(doc, 'a2', 'red', { by: 'Ann', at: '2016-02-01T00:00:00Z' });
    expect(get().rag).toBe('red');
  });

  it('is deterministic: replicas that applied the same updates in different orders give identical JSON', () => {
    const [a, b, c] = replicas(richPlan(), 2);
    const g = 'g1';
    addAction(a!, g, { text: 'from a' });
    addAction(b!, g, { text: 'from b' });
    updateAction(c!, 'a1', { progress: 'c was here', custom: { newcell: 'c' } });
    updateAction(b!, 'a1', { custom: { other: 'b' } });
    exchange(a!, b!);
    exchange(b!, c!);
    exchange(a!, c!);
    const json = JSON.stringify(planFromDoc(a!));
    expect(JSON.stringify(planFromDoc(b!))).toBe(json);
    expect(JSON.stringify(planFromDoc(c!))).toBe(json);
  });

  it('the Concordat template round-trips', () => {
    const plan = concordatTemplate({ id: 'p', title: 'T' });
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, plan);
    expect(planFromDoc(doc)).toEqual(plan);
  });

  it('refuses a second load or init, and bad plans, changing nothing', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, richPlan());
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => loadPlanIntoDoc(doc, richPlan())).toThrow(expect.objectContaining({ reason: 'already-initialised' }));
    expect(() => initPlan(doc, { id: 'x', title: 'y' })).toThrow(expect.objectContaining({ reason: 'already-initialised' }));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);

    const bad: [string, (p: Plan) => void][] = [
      ['sections[0].groups[0].actions[0].rag', (p) => { (p.sections[0]!.groups[0]!.actions[0] as { rag: unknown }).rag = 'purple'; }],
      ['sections[1].groups[0].actions[0].id', (p) => { p.sections[1]!.groups[0]!.actions[0]!.id = 'a1'; }],
      ['sections[0].groups[0].actions[0].due', (p) => { p.sections[0]!.groups[0]!.actions[0]!.due = 'March'; }],
      ['version', (p) => { (p as { version: unknown }).version = 0; }],
      ['meetings[0].state', (p) => { (p.meetings[0] as { state: unknown }).state = 'over'; }],
      ['columns[1].key', (p) => { p.columns[1]!.key = 'ref'; }],
    ];
    for (const [path, spoil] of bad) {
      const plan = richPlan();
      spoil(plan);
      const fresh = new Y.Doc();
      let error: unknown;
      try {
        loadPlanIntoDoc(fresh, plan);
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(ModelError);
      expect(error).toMatchObject({ reason: 'invalid', path });
      expect(fresh.store.clients.size, path).toBe(0);
    }
  });

  it('refuses Plan JSON saved by a newer version, writing nothing', () => {
    const fresh = new Y.Doc();
    const plan = { ...richPlan(), version: PLAN_VERSION + 1 };
    expect(() => loadPlanIntoDoc(fresh, plan)).toThrow(expect.objectContaining({ reason: 'newer-version', path: 'version' }));
    expect(fresh.store.clients.size).toBe(0);
  });

  it('planFromDoc on an empty doc says the doc is not initialised', () => {
    expect(() => planFromDoc(new Y.Doc())).toThrow(expect.objectContaining({ reason: 'not-initialised' }));
  });
});
