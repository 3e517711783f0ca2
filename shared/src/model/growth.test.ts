import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Plan, Rag } from '../plan-json';
import { addAction, updateAction } from './actions';
import { addUpdate, setRag } from './history';
import { loadPlanIntoDoc } from './load-plan';
import { addMeeting, updateMeeting } from './meetings';
import { planFromDoc } from './plan-from-doc';
import { concordatTemplate } from './template';

const RAG_VALUES: Rag[] = ['red', 'amber', 'green', 'blue'];

/** A 50-action Concordat plan: ten actions in each of the five sections. */
function fiftyActionPlan(): { doc: Y.Doc; actions: string[] } {
  const doc = new Y.Doc();
  const template: Plan = concordatTemplate({ id: 'growth', title: 'Growth' });
  loadPlanIntoDoc(doc, template);
  const actions = template.sections.flatMap((s, si) =>
    Array.from({ length: 10 }, (_, i) =>
      addAction(doc, s.groups[0]!.id, {
        ref: `${si + 1}.${i + 1}`,
        text: `Action ${si + 1}.${i + 1}: agree a joint protocol for people in crisis across partner agencies`,
        leads: ['CCG', 'Police'],
        timescale: 'March 2016',
        progress: 'Protocol drafted. Last reviewed: 2016-01-01.',
      }),
    ),
  );
  return { doc, actions };
}

/** One review meeting: ten actions get a dated update, a rating and a small edit to their progress text. */
function holdMeeting(doc: Y.Doc, actions: string[], n: number, gen: prng.PRNG): void {
  const date = new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const agenda = Array.from({ length: 10 }, () => prng.oneOf(gen, actions));
  const meeting = addMeeting(doc, { date, title: `Review ${n}`, facilitator: 'Chair', agenda });
  updateMeeting(doc, meeting, { state: 'live' });
  for (const id of agenda) {
    addUpdate(doc, id, { date, author: 'Lead', meetingId: meeting, text: `Discussed on ${date}: on track, next step agreed.` });
    setRag(doc, id, prng.oneOf(gen, RAG_VALUES), { by: 'Chair', meetingId: meeting, at: `${date}T10:00:00.000Z` });
    updateAction(doc, id, { progress: `Protocol drafted. Last reviewed: ${date}.` });
  }
  updateMeeting(doc, meeting, { state: 'ended', notes: `Reviewed ${agenda.length} actions.` });
}

describe('doc growth under normal use', () => {
  it('1,000 meetings on a 50-action plan: encoded size stays proportional to the content', () => {
    const seed = 20160101;
    const gen = prng.create(seed);
    const { doc, actions } = fiftyActionPlan();
    for (let n = 0; n < 1000; n++) holdMeeting(doc, actions, n, gen);
    const encoded = Y.encodeStateAsUpdate(doc).byteLength;
    const plan = planFromDoc(doc);
    const json = new TextEncoder().encode(JSON.stringify(plan)).byteLength;
    console.log(`growth (seed ${seed}): encoded ${encoded} bytes, Plan JSON ${json} bytes, ratio ${(encoded / json).toFixed(2)}`);
    expect(plan.meetings).toHaveLength(1000);
    expect(plan.sections.flatMap((s) => s.groups[0]!.actions).reduce((n, a) => n + a.updates.length, 0)).toBe(10_000);
    // The history is the content; what normal use may add on top of it is a small overhead, not a multiple.
    expect(encoded).toBeLessThan(json * 1.5);
  }, 120_000);
});
