import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Plan } from '../plan-json';
import { loadPlanIntoDoc } from './load-plan';
import { planFromDoc } from './plan-from-doc';
import { concordatTemplate } from './template';

/** 2,000 realistic actions: 5 sections x 10 groups x 40 actions, each with some history. */
function bigPlan(): Plan {
  const plan = concordatTemplate({ id: 'big', title: 'Big' });
  plan.sections.forEach((s, si) => {
    s.groups = Array.from({ length: 10 }, (_, gi) => ({
      id: `g${si}-${gi}`,
      title: `Group ${gi}`,
      actions: Array.from({ length: 40 }, (_, ai) => ({
        id: `a${si}-${gi}-${ai}`, ref: `${si + 1}.${gi}.${ai}`,
        text: 'Agree a joint protocol for people in crisis across partner agencies, with named leads.',
        timescale: 'March 2016', due: '2016-03-31', leadText: 'CCG\nPolice', leads: ['CCG', 'Police'],
        outcomes: 'Fewer people detained under s136; faster access to a place of safety.',
        progress: 'Protocol drafted and circulated to partners for comment.\n· Police signed off\n· Trust pending',
        rag: 'green', flags: [], custom: { custom1: 'countywide' },
        updates: [{ id: `u${ai}`, date: '2016-01-10', author: 'Ann', meetingId: null, text: 'On track.' }],
        ragHistory: [{ at: '2016-01-10T10:00:00Z', by: 'Ann', meetingId: null, rag: 'green' }],
        archived: false,
      })),
    }));
  });
  return plan;
}

describe('planFromDoc speed (measured and printed, not timed)', () => {
  it('reads a 2,000-action doc', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, bigPlan());
    const times: number[] = [];
    let plan: Plan | undefined;
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      plan = planFromDoc(doc);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`planFromDoc, 2,000 actions: median ${times[3]!.toFixed(1)} ms, range ${times[0]!.toFixed(1)}..${times[6]!.toFixed(1)} ms`);
    expect(plan!.sections.flatMap((s) => s.groups.flatMap((g) => g.actions))).toHaveLength(2000);
  });
});
