// Update requests: one doc per lead holding copies of just their actions; the lead writes responses only; the
// facilitator accepts them into the plan as the lead's dated updates.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { action, docOf, smallPlan } from '../../testing/meetings';
import { planFromDoc } from '../model/plan-from-doc';
import type { Plan } from '../plan-json';
import { acceptResponse, awaitingAcceptance, proposedRatings, requestStatus, submittedUpdates } from './accept';
import { requestReminder } from './chase';
import { leadScopeViolation } from './lead-scope';
import { closeRequest, initRequest, markOpened, proposeRag, requestFromDoc, submitRequest, writeDraft } from './request-doc';
import { planRound } from './round';
import { REQUEST_ROOT } from './schema';
import type { RequestInit } from './types';

const AT = '2027-03-01T10:00:00.000Z';

/** Riverside Police lead 1.1 and 3.2; Hillcrest Council leads 3.1 and shares 3.2. */
function twoLeadPlan(): Plan {
  const plan = smallPlan({
    a1: { leads: ['Riverside Police'], leadText: 'Riverside Police', timescale: 'March', progress: 'Triage car trial agreed',
      updates: [{ id: 'u0', date: '2027-01-10', author: 'Riverside Police', meetingId: null, text: 'Trial started in one district' }] },
    a5: { leads: ['Hillcrest Council'], leadText: 'Hillcrest Council', rag: 'amber' },
  });
  plan.sections[2]!.groups[0]!.actions.push(action('a6', { ref: '3.2', leads: ['Riverside Police', 'Hillcrest Council'], leadText: 'Riverside Police\nHillcrest Council' }));
  return plan;
}

function roundDocs(): { plan: Plan; inits: RequestInit[]; docs: Map<string, Y.Doc> } {
  const plan = twoLeadPlan();
  const inits = planRound([plan], { title: 'Before the March meeting', due: '2027-03-10' }, 'round1');
  const docs = new Map(inits.map((init) => {
    const doc = new Y.Doc();
    initRequest(doc, init);
    return [init.lead.name, doc] as const;
  }));
  return { plan, inits, docs };
}

/** The update a change made on a copy of `doc` produces, as the relay would receive it. */
function updateFrom(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

describe('a round makes one request per lead holding exactly their actions', () => {
  it('each lead gets their own actions, copied with the last update and RAG, and nothing else of the plan', () => {
    const { inits, docs } = roundDocs();
    expect(inits.map((i) => [i.lead.name, i.actions.map((a) => a.id)])).toEqual([
      ['Hillcrest Council', ['a5', 'a6']],
      ['Riverside Police', ['a1', 'a6']],
    ]);
    const police = requestFromDoc(docs.get('Riverside Police')!)!;
    expect(police).toMatchObject({ title: 'Before the March meeting', due: '2027-03-10', roundId: 'round1', planId: 'small', closed: false });
    expect(police.actions[0]).toMatchObject({
      id: 'a1', ref: '1.1', timescale: 'March', progress: 'Triage car trial agreed',
      lastUpdate: { date: '2027-01-10', author: 'Riverside Police', text: 'Trial started in one district' },
    });
    const json = JSON.stringify(Y.encodeStateAsUpdate(docs.get('Riverside Police')!));
    expect(json).not.toContain('a5');
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(docs.get('Riverside Police')!))).not.toContain('Action a5');
    expect(requestStatus(police)).toBe('not-opened');
  });

  it('a round over no lead is refused with a reason, and bad input writes nothing', () => {
    expect(() => planRound([smallPlan()], { title: 'T', due: '2027-03-10' })).toThrow(expect.objectContaining({ reason: 'invalid' }));
    const doc = new Y.Doc();
    const init = roundDocs().inits[0]!;
    expect(() => initRequest(doc, { ...init, due: 'next week' })).toThrow(expect.objectContaining({ reason: 'invalid', path: 'due' }));
    expect(() => initRequest(doc, { ...init, id: 'plan-1' })).toThrow(expect.objectContaining({ reason: 'invalid', path: 'id' }));
    expect(doc.store.clients.size).toBe(0);
  });
});

describe('the lead writes drafts, a proposed rating and submits', () => {
  it('opened, started and submitted follow what the lead did; and what the lead wrote reads back per action', () => {
    const { docs } = roundDocs();
    const doc = docs.get('Riverside Police')!;
    markOpened(doc, AT);
    expect(requestStatus(requestFromDoc(doc)!)).toBe('opened');
    writeDraft(doc, 'a1', 'Second district joined the trial', AT);
    proposeRag(doc, 'a6', 'green', AT);
    expect(requestStatus(requestFromDoc(doc)!)).toBe('started');
    expect(submitRequest(doc, '2027-03-05T08:00:00.000Z')).toBe(2);
    const read = requestFromDoc(doc)!;
    expect(requestStatus(read)).toBe('submitted');
    expect(read.actions.map((a) => [a.id, a.response.update, a.response.proposedRag, a.response.openedAt])).toEqual([
      ['a1', 'Second district joined the trial', null, AT],
      ['a6', '', 'green', AT],
    ]);
    expect(proposedRatings([read]).get('a6')).toEqual({ rag: 'green', by: 'Riverside Police' });
    expect([...submittedUpdates([read]).entries()]).toEqual([
      ['a1', { lead: 'Riverside Police', text: 'Second district joined the trial', proposedRag: null, submittedAt: '2027-03-05T08:00:00.000Z', accepted: false }],
      ['a6', { lead: 'Riverside Police', text: '', proposedRag: 'green', submittedAt: '2027-03-05T08:00:00.000Z', accepted: false }],
    ]);
  });

  it('nothing is submitted when nothing was written; an unknown action, a bad rating or a closed round is refused', () => {
    const { docs } = roundDocs();
    const doc = docs.get('Riverside Police')!;
    expect(() => submitRequest(doc, AT)).toThrow(expect.objectContaining({ reason: 'invalid' }));
    expect(() => writeDraft(doc, 'a5', 'not mine', AT)).toThrow(expect.objectContaining({ reason: 'not-found' }));
    expect(() => proposeRag(doc, 'a1', 'purple' as never, AT)).toThrow(expect.objectContaining({ reason: 'invalid' }));
    closeRequest(doc);
    expect(() => writeDraft(doc, 'a1', 'late', AT)).toThrow(expect.objectContaining({ reason: 'closed' }));
    expect(requestFromDoc(doc)!.actions.every((a) => a.response.startedAt === null)).toBe(true);
  });
});

describe('leadScopeViolation: what a lead\'s link may write', () => {
  it('the lead\'s own writes (open, draft, rating, submit) are inside the scope', () => {
    const doc = roundDocs().docs.get('Riverside Police')!;
    const update = updateFrom(doc, (copy) => {
      markOpened(copy, AT);
      writeDraft(copy, 'a1', 'Written on the train', AT);
      proposeRag(copy, 'a6', 'red', AT);
      submitRequest(copy, AT);
    });
    expect(leadScopeViolation(doc, update)).toBeNull();
    // Editing an existing draft (a nested Y.Text) is inside too.
    Y.applyUpdate(doc, update);
    expect(leadScopeViolation(doc, updateFrom(doc, (copy) => writeDraft(copy, 'a1', 'Written on the train, twice', AT)))).toBeNull();
  });

  it('changing an action copy, the header, the review, another action\'s response or a new root is outside', () => {
    const doc = roundDocs().docs.get('Riverside Police')!;
    const cases: [string, (copy: Y.Doc) => void, { root: string; key: string | null }][] = [
      ['an action copy', (c) => (c.getMap(REQUEST_ROOT.actions).get('a1') as Y.Map<unknown>).set('text', 'rewritten'), { root: 'actions', key: 'a1' }],
      ['a new action', (c) => c.getMap(REQUEST_ROOT.actions).set('a5', new Y.Map()), { root: 'actions', key: 'a5' }],
      ['the header', (c) => c.getMap(REQUEST_ROOT.request).set('closed', false), { root: 'request', key: 'closed' }],
      ['the review', (c) => c.getMap(REQUEST_ROOT.review).set('a1', new Y.Map()), { root: 'review', key: 'a1' }],
      ['another lead\'s action', (c) => c.getMap(REQUEST_ROOT.responses).set('a5', new Y.Map()), { root: 'responses', key: 'a5' }],
      ['a root of its own', (c) => c.getText('notes').insert(0, 'hello'), { root: 'notes', key: null }],
      ['a deleted action', (c) => c.getMap(REQUEST_ROOT.actions).delete('a6'), { root: 'actions', key: 'a6' }],
    ];
    for (const [name, change, expected] of cases) {
      expect(leadScopeViolation(doc, updateFrom(doc, change)), name).toEqual(expected);
    }
  });

  it('a draft written under another action\'s response (nested) is outside', () => {
    const doc = roundDocs().docs.get('Riverside Police')!;
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getMap(REQUEST_ROOT.responses).set('a5', new Y.Map());
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other)); // as if the facilitator had written it
    const update = updateFrom(doc, (c) => ((c.getMap(REQUEST_ROOT.responses).get('a5') as Y.Map<unknown>).set('update', 'sneaky')));
    expect(leadScopeViolation(doc, update)).toEqual({ root: 'responses', key: 'a5' });
  });
});

describe('the facilitator accepts submitted updates into the plan', () => {
  it('accepting writes the lead\'s dated update into the plan once; the proposed rating stays a proposal', () => {
    const { plan, docs } = roundDocs();
    const planDoc = docOf(plan);
    const request = docs.get('Riverside Police')!;
    writeDraft(request, 'a1', 'Second district joined the trial', AT);
    proposeRag(request, 'a1', 'green', AT);
    expect(() => acceptResponse(planDoc, request, 'a1', { by: 'Facilitator' })).toThrow(expect.objectContaining({ reason: 'invalid' }));
    submitRequest(request, '2027-03-05T08:00:00.000Z');
    expect(awaitingAcceptance(requestFromDoc(request)!).map((a) => a.id)).toEqual(['a1']);
    const updateId = acceptResponse(planDoc, request, 'a1', { by: 'Facilitator', at: AT });
    const a1 = planFromDoc(planDoc).sections[0]!.groups[0]!.actions[0]!;
    expect(a1.updates.at(-1)).toEqual({ id: updateId, date: '2027-03-05', author: 'Riverside Police', meetingId: null, text: 'Second district joined the trial' });
    expect(a1.rag).toBeNull();
    expect(awaitingAcceptance(requestFromDoc(request)!)).toEqual([]);
    expect(() => acceptResponse(planDoc, request, 'a1', { by: 'Facilitator' })).toThrow(expect.objectContaining({ reason: 'invalid' }));
    expect(planFromDoc(planDoc).sections[0]!.groups[0]!.actions[0]!.updates).toHaveLength(2);
  });

  it('the reminder names the lead\'s actions and carries their own link in a mailto:', () => {
    const request = requestFromDoc(roundDocs().docs.get('Hillcrest Council')!)!;
    const link = 'https://concord.example/#/request/request-x?token=abc.def';
    const reminder = requestReminder(request, link, 'lead@hillcrest.example');
    expect(reminder.body).toContain('Hello Hillcrest Council');
    expect(reminder.body).toContain('3.1 Action a5');
    expect(reminder.mailto.startsWith('mailto:lead%40hillcrest.example?subject=')).toBe(true);
    expect(decodeURIComponent(reminder.mailto)).toContain(link);
  });
});
