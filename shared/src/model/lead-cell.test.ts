import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Action, Plan } from '../plan-json';
import { addAction, updateAction } from './actions';
import { loadPlanIntoDoc } from './load-plan';
import { planFromDoc } from './plan-from-doc';
import { ACTION_KEY, ROOT } from './schema';
import { concordatTemplate } from './template';
import { exchange, replicas } from '../../testing/model';

const first = (doc: Y.Doc): Action => planFromDoc(doc).sections.flatMap((s) => s.groups.flatMap((g) => g.actions))[0]!;

function docWithAction(fields: Partial<Action>): { doc: Y.Doc; id: string } {
  const template = concordatTemplate({ id: 'p', title: 'T' });
  const doc = new Y.Doc();
  loadPlanIntoDoc(doc, template);
  const id = addAction(doc, template.sections[0]!.groups[0]!.id, fields);
  return { doc, id };
}

describe('the lead cell as written (leadText) beside the derived leads', () => {
  it('keeps a cell whose organisation names hold "and" and "&" whole, and derives leads at line breaks only', () => {
    const cell = 'NHS England Health and Justice – North Midlands\nA&E Delivery Board';
    const { doc } = docWithAction({ leadText: cell });
    expect(first(doc).leadText).toBe(cell);
    expect(first(doc).leads).toEqual(['NHS England Health and Justice – North Midlands', 'A&E Delivery Board']);
  });

  it('a new cell re-derives the leads; leads given alone rewrite the cell unless it already names them', () => {
    const { doc, id } = docWithAction({ leadText: 'Vale CCG / Harbour Police' });
    expect(first(doc).leads).toEqual(['Vale CCG', 'Harbour Police']);
    updateAction(doc, id, { leads: ['Vale CCG', 'Harbour Police'] });
    expect(first(doc).leadText).toBe('Vale CCG / Harbour Police');
    updateAction(doc, id, { leads: ['Vale CCG'] });
    expect(first(doc).leadText).toBe('Vale CCG');
    updateAction(doc, id, { leadText: 'Mind; Vale CCG' });
    expect(first(doc).leads).toEqual(['Mind', 'Vale CCG']);
    updateAction(doc, id, { leadText: 'Mind and friends', leads: ['Mind'] });
    expect([first(doc).leadText, first(doc).leads]).toEqual(['Mind and friends', ['Mind']]);
  });

  it('two people editing the cell offline both keep their words (it is a Y.Text)', () => {
    const template = concordatTemplate({ id: 'p', title: 'T' });
    const [a, b] = replicas(template, 1) as [Y.Doc, Y.Doc];
    const id = addAction(a, template.sections[0]!.groups[0]!.id, { leadText: 'Vale CCG' });
    exchange(a, b);
    updateAction(a, id, { leadText: 'Vale CCG\nHarbour Police' });
    updateAction(b, id, { leadText: 'Vale CCG (commissioning)' });
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(first(doc).leadText).toContain('Harbour Police');
      expect(first(doc).leadText).toContain('(commissioning)');
    }
    expect(first(a)).toEqual(first(b));
  });

  it('a Plan JSON action without leadText (written before it existed) reads its leads one per line', () => {
    const plan = concordatTemplate({ id: 'p', title: 'T' }) as Plan;
    const old = { id: 'a1', ref: '1', text: 'Old action', timescale: '', due: null, leads: ['Vale CCG', 'Mind'], outcomes: '',
      progress: '', rag: null, flags: ['new'], custom: {}, updates: [], ragHistory: [], archived: false };
    plan.sections[0]!.groups[0]!.actions.push(old as unknown as Action);
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, plan);
    expect(first(doc)).toMatchObject({ leadText: 'Vale CCG\nMind', leads: ['Vale CCG', 'Mind'], flags: ['new'] });
  });

  it('a doc made before the cell existed reads it from the leads, and the first edit creates it', () => {
    const { doc, id } = docWithAction({ leads: ['Vale CCG', 'Mind'] });
    const item = doc.getMap<Y.Map<unknown>>(ROOT.actions).get(id)!;
    doc.transact(() => item.delete(ACTION_KEY.leadText));
    expect(first(doc).leadText).toBe('Vale CCG\nMind');
    updateAction(doc, id, { leadText: 'Vale CCG and Mind' });
    expect([first(doc).leadText, first(doc).leads]).toEqual(['Vale CCG and Mind', ['Vale CCG and Mind']]);
  });

  it('refuses a cell that is not text, writing nothing', () => {
    const { doc, id } = docWithAction({ leadText: 'Mind' });
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => updateAction(doc, id, { leadText: 3 as unknown as string })).toThrow(expect.objectContaining({ reason: 'invalid' }));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
