// Fixtures for the meetings tests: the Nottinghamshire seed in a doc, and small plans built by hand.
import * as Y from 'yjs';
import { importText } from '../src/import';
import { loadPlanIntoDoc, planFromDoc, type PlanDoc } from '../src/model';
import type { Action, Plan } from '../src/plan-json';
import { readSeedText } from '../../testing/seeds';
import { markImported } from '../src/meetings/position';

/** When the test plans were imported. */
export const IMPORTED_AT = '2015-10-01T09:00:00.000Z';

/** The Nottinghamshire plan, imported from the real seed text (on IMPORTED_AT) and loaded into a fresh doc. */
export function nottinghamshireDoc(): { doc: PlanDoc; plan: Plan } {
  const text = readSeedText('nottinghamshire');
  const { plan } = importText(text, { id: 'notts', now: IMPORTED_AT });
  const doc = new Y.Doc();
  loadPlanIntoDoc(doc, markImported(plan, IMPORTED_AT));
  return { doc, plan: planFromDoc(doc) };
}

/** An action with every field empty but those given. */
export function action(id: string, fields: Partial<Action> = {}): Action {
  return {
    id, ref: null, text: `Action ${id}`, timescale: '', due: null, leadText: (fields.leads ?? []).join('\n'), leads: [], outcomes: '',
    progress: '', rag: null, flags: [], custom: {}, updates: [], ragHistory: [], archived: false, ...fields,
  };
}

/**
 * Two sections: s1 holds a1, a2 (archived) and, in an archived group, a3; s2 (archived) holds a4; s3 holds a5.
 * Callers pass fields for any action by id.
 */
export function smallPlan(fields: Record<string, Partial<Action>> = {}): Plan {
  const a = (id: string, extra: Partial<Action> = {}) => action(id, { ...extra, ...fields[id] });
  return {
    format: 'concord.plan', version: 1, id: 'small', title: 'Small plan', meta: {}, legend: [], columns: [], notes: [],
    meetings: [],
    sections: [
      { id: 's1', number: '1', title: 'Commissioning', groups: [
        { id: 'g1', title: null, actions: [a('a1', { ref: '1.1' }), a('a2', { archived: true })] },
        { id: 'g1x', title: 'Old', archived: true, actions: [a('a3')] } as Plan['sections'][number]['groups'][number],
      ] },
      { id: 's2', number: '2', title: 'Gone', archived: true, groups: [{ id: 'g2', title: null, actions: [a('a4')] }] } as Plan['sections'][number],
      { id: 's3', number: '3', title: 'Recovery', groups: [{ id: 'g3', title: null, actions: [a('a5', { ref: '3.1' })] }] },
    ],
  };
}

/** A doc holding `plan`, for tests that capture into it. */
export function docOf(plan: Plan): PlanDoc {
  const doc = new Y.Doc();
  loadPlanIntoDoc(doc, plan);
  return doc;
}
