import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Plan } from '../plan-json';
import { addAction, archiveAction, moveAction, updateAction } from './actions';
import { addGroup, moveGroup } from './groups';
import { addUpdate, setRag } from './history';
import { planFromDoc } from './plan-from-doc';
import { moveSection } from './sections';
import { concordatTemplate } from './template';
import { exchange, replicas } from '../../testing/model';

const actionIds = (plan: Plan): string[] =>
  plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions.map((a) => a.id)));
const groupOf = (plan: Plan, id: string) =>
  plan.sections.flatMap((s) => s.groups).find((g) => g.actions.some((a) => a.id === id))!;

function syncAll(docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) exchange(a, b);
}

function expectSame(docs: Y.Doc[]): Plan {
  const plans = docs.map(planFromDoc);
  for (const p of plans) expect(JSON.stringify(p)).toBe(JSON.stringify(plans[0]));
  return plans[0]!;
}

describe('concurrent structure edits converge', () => {
  it('two replicas insert at the same place and move the same item: one total order, no duplicates or losses', () => {
    const template = concordatTemplate({ id: 'p', title: 'T' });
    const [a, b] = replicas(template, 1) as [Y.Doc, Y.Doc];
    const g = template.sections[0]!.groups[0]!.id;
    const first = addAction(a, g, { text: 'first' });
    const last = addAction(a, g, { text: 'last' });
    exchange(a, b);
    // Same slot on both replicas: fractional-indexing gives both the same key; the id breaks the tie.
    const fromA = addAction(a, g, { text: 'A' }, { after: first });
    const fromB = addAction(b, g, { text: 'B' }, { after: first });
    moveAction(a, first, { after: last });
    moveAction(b, first, { groupId: template.sections[1]!.groups[0]!.id });
    exchange(a, b);
    const plan = expectSame([a, b]);
    const ids = actionIds(plan);
    expect([...ids].sort()).toEqual([first, last, fromA, fromB].sort());
    expect(new Set(ids).size).toBe(4);
    // Inserting between the two tied items still works and keeps everyone's place.
    const [x, y] = plan.sections[0]!.groups[0]!.actions.filter((act) => act.text === 'A' || act.text === 'B');
    const between = addAction(a, g, { text: 'between' }, { after: x!.id });
    exchange(a, b);
    const order = expectSame([a, b]).sections[0]!.groups[0]!.actions.map((act) => act.id);
    expect(order.indexOf(between)).toBe(order.indexOf(x!.id) + 1);
    expect(order.indexOf(y!.id)).toBe(order.indexOf(between) + 1);
  });

  it('concurrent moves of sections and groups leave each in exactly one place', () => {
    const template = concordatTemplate({ id: 'p', title: 'T' });
    const [a, b] = replicas(template, 1) as [Y.Doc, Y.Doc];
    const [s1, s2, s3] = template.sections.map((s) => s.id);
    moveSection(a, s1!, { after: s3! });
    moveSection(b, s1!, { before: s2! });
    moveGroup(a, template.sections[0]!.groups[0]!.id, { sectionId: s2! });
    moveGroup(b, template.sections[0]!.groups[0]!.id, { sectionId: s3! });
    exchange(a, b);
    const plan = expectSame([a, b]);
    expect(plan.sections.map((s) => s.id).sort()).toEqual(template.sections.map((s) => s.id).sort());
    const groups = plan.sections.flatMap((s) => s.groups.map((g) => g.id));
    expect([...groups].sort()).toEqual(template.sections.map((s) => s.groups[0]!.id).sort());
  });
});

/** Random edits on three offline replicas with random exchanges; every replica must end identical and whole. */
function fuzz(seed: number, steps: number): void {
  const gen = prng.create(seed);
  const template = concordatTemplate({ id: 'p', title: 'T' });
  const docs = replicas(template, 2);
  const created: string[] = [];
  for (let step = 0; step < steps; step++) {
    const doc = prng.oneOf(gen, docs);
    const plan = planFromDoc(doc);
    const groups = plan.sections.flatMap((s) => s.groups);
    const ids = actionIds(plan);
    const group = prng.oneOf(gen, groups);
    const sibling = group.actions.length > 0 ? prng.oneOf(gen, group.actions).id : undefined;
    const target = ids.length > 0 ? prng.oneOf(gen, ids) : undefined;
    const op = prng.int32(gen, 0, 8);
    if (op <= 2 || target === undefined) {
      const place = sibling && prng.bool(gen) ? { before: sibling } : sibling ? { after: sibling } : {};
      created.push(addAction(doc, group.id, { text: prng.word(gen) }, place));
    } else if (op === 3) {
      const place = sibling && sibling !== target ? { after: sibling, groupId: group.id } : { groupId: group.id };
      moveAction(doc, target, place);
    } else if (op === 4) {
      const prev = groupOf(plan, target).actions.find((act) => act.id === target)!.progress;
      const at = prng.int32(gen, 0, prev.length);
      updateAction(doc, target, { progress: prev.slice(0, at) + prng.word(gen, 1, 6) + prev.slice(at) });
    } else if (op === 5) {
      setRag(doc, target, prng.oneOf(gen, ['red', 'amber', 'green', 'blue'] as const), { by: `p${step % 3}` });
    } else if (op === 6) {
      addUpdate(doc, target, { date: '2016-01-01', author: 'x', text: prng.word(gen) });
    } else if (op === 7) {
      archiveAction(doc, target, prng.bool(gen));
    } else {
      const section = prng.oneOf(gen, plan.sections);
      if (prng.bool(gen)) addGroup(doc, section.id, { title: prng.word(gen) });
      else moveGroup(doc, group.id, { sectionId: section.id });
    }
    if (prng.int32(gen, 0, 4) === 0) exchange(prng.oneOf(gen, docs), prng.oneOf(gen, docs));
  }
  syncAll(docs);
  const ids = actionIds(expectSame(docs));
  expect(ids.length).toBe(created.length);
  expect([...ids].sort()).toEqual([...created].sort());
}

describe('seeded random convergence (three replicas)', () => {
  const seeds = Array.from({ length: 40 }, (_, i) => 1000 + i * 7919);
  it.each(seeds)('seed %i', (seed) => fuzz(seed, 80));
});
