/**
 * Update requests on a real relay (SQLite): a plan's owner mints one request link per lead per round; a link opens
 * only its own request room and may write only its lead's responses there (the relay checks every update against
 * the room's document and refuses anything else for that sender alone, storing nothing); the plan's owners and
 * editors open the request rooms of their plan's rounds; closing the round revokes every link of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, CloseReason, MessageType } from '@concord/shared/protocol';
import { initRequest, markOpened, proposeRag, requestFromDoc, submitRequest, writeDraft, type RequestInit } from '@concord/shared/requests';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, frame, openRaw, storedRows, waitFor, type SyncClient } from './clients';
import { api, createPlan } from './group-api';

let relay: RunningRelay;
const clients: SyncClient[] = [];
const AT = '2027-03-02T09:30:00.000Z';

function client(room: string, token: string): SyncClient {
  const c = connectClient(relay.wsUrl, room, { token });
  clients.push(c);
  return c;
}

const refusal = (room: string, token?: string) =>
  openRaw(`${relay.wsUrl}/${room}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`).closed;
const forbidden = { code: CloseCode.forbidden, reason: CloseReason.forbidden };
const revoked = { code: CloseCode.forbidden, reason: CloseReason.revoked };
const outOfScope = { code: CloseCode.forbidden, reason: CloseReason.outOfScope };

/** A request for one lead, with copies of two actions of plan `planId`, written in our own words. */
function requestFor(planId: string, requestId: string, lead: string, actionIds: [string, string]): RequestInit {
  return {
    id: requestId, planId, roundId: 'spring', title: 'Before the March meeting', due: '2027-03-10', lead: { id: `lead-${lead}`, name: lead },
    actions: actionIds.map((id, i) => ({
      id, planId, ref: `2.${i + 1}`, text: `${lead}: action ${id} about street triage`, timescale: 'Quarter 1', progress: 'Agreed in principle',
      lastUpdate: null, rag: 'amber' as const,
    })),
  };
}

async function mintRequest(planId: string, owner: string, requestId: string, roundId = 'spring'): Promise<{ token: string; tokenId: string }> {
  const res = await api(relay, 'POST', `/api/plans/${planId}/requests`, owner, { roundId, requestId });
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ requestId });
  return res.body as { token: string; tokenId: string };
}

/** The update a change made on a copy of `doc` produces: what a hostile client holding the doc would send. */
function changeOn(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

/**
 * Sends `update` on a raw socket opened with the lead's link and resolves with how the relay closed it, or with
 * `stored` when the relay sent a receipt instead (it accepted the update; the socket sent no sync step 1, so a
 * receipt answers the update alone).
 */
async function sendAsLead(room: string, token: string, update: Uint8Array) {
  const raw = openRaw(`${relay.wsUrl}/${room}?token=${encodeURIComponent(token)}`);
  await raw.opened;
  raw.ws.send(frame(0, 2, update));
  const receipt = new Promise<'stored'>((done) => raw.ws.on('message', (data: Buffer) => data[0] === MessageType.stored && done('stored')));
  const outcome = await Promise.race([raw.closed, receipt]);
  raw.ws.close();
  return outcome;
}

let owner: string;
let facilitator: SyncClient;
let linkA: { token: string; tokenId: string };
let linkB: { token: string; tokenId: string };

beforeAll(async () => {
  relay = await startRelay();
  owner = await createPlan(relay, 'plan-requests');
  linkA = await mintRequest('plan-requests', owner, 'request-police');
  linkB = await mintRequest('plan-requests', owner, 'request-council');
  // The facilitator's device writes each lead's copies into the lead's request room with the plan's owner token.
  facilitator = client('request-police', owner);
  const facilitatorB = client('request-council', owner);
  await Promise.all([facilitator.synced, facilitatorB.synced]);
  initRequest(facilitator.doc, requestFor('plan-requests', 'request-police', 'Riverside Police', ['act-1', 'act-2']));
  initRequest(facilitatorB.doc, requestFor('plan-requests', 'request-council', 'Hillcrest Council', ['act-3', 'act-4']));
  const plan = client('plan-requests', owner);
  await plan.synced;
  plan.doc.getMap('m').set('secret', 'only the plan holds this');
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await relay?.kill();
});

describe('request links', () => {
  // PROTOCOL R51
  it('only the plan\'s owner mints them; they are listed per round, never as invites, never with their token', async () => {
    const editor = await api(relay, 'POST', '/api/plans/plan-requests/invites', owner, { role: 'editor' });
    expect((await api(relay, 'POST', '/api/plans/plan-requests/requests', editor.body!.token, { roundId: 'spring', requestId: 'request-x' })).status).toBe(403);
    expect((await api(relay, 'POST', '/api/plans/plan-requests/requests', null, { roundId: 'spring', requestId: 'request-x' })).status).toBe(401);
    expect(await api(relay, 'POST', '/api/plans/plan-requests/requests', owner, { roundId: 'spring', requestId: 'plan-x' })).toEqual({
      status: 400, body: { error: 'invalid-request' },
    });
    expect((await api(relay, 'POST', '/api/plans/plan-requests/requests', owner, { roundId: 'spring' })).status).toBe(400);
    const listed = await api(relay, 'GET', '/api/plans/plan-requests/requests', owner);
    expect(listed.body!.requests.map((r: { requestId: string; roundId: string }) => [r.roundId, r.requestId])).toEqual([
      ['spring', 'request-police'],
      ['spring', 'request-council'],
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(linkA.token);
    const invites = await api(relay, 'GET', '/api/plans/plan-requests/invites', owner);
    expect(invites.body!.invites.map((i: { id: string }) => i.id)).not.toContain(linkA.tokenId);
  });

  // PROTOCOL R50
  it('a request id is never a plan, and a request room needs a token even with --auth open', async () => {
    expect(await api(relay, 'POST', '/api/plans', null, { planId: 'request-police' })).toEqual({ status: 400, body: { error: 'invalid-plan' } });
    expect(await refusal('request-police')).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
  });

  // PROTOCOL R52
  it('opens its own request room and nothing else: not the plan, not another lead\'s request, not a plan nobody registered', async () => {
    expect(await refusal('plan-requests', linkA.token)).toEqual(forbidden);
    expect(await refusal('request-council', linkA.token)).toEqual(forbidden);
    expect(await refusal('plan-unregistered', linkA.token)).toEqual(forbidden);
    const lead = client('request-police', linkA.token);
    await lead.synced;
    const request = requestFromDoc(lead.doc)!;
    expect(request.actions.map((a) => a.id)).toEqual(['act-1', 'act-2']);
    const everything = new TextDecoder().decode(Y.encodeStateAsUpdate(lead.doc));
    expect(everything).not.toContain('Hillcrest');
    expect(everything).not.toContain('only the plan holds this');
    lead.destroy();
  });

  // PROTOCOL R54
  it('a plan\'s owners and editors open its request rooms; a viewer, another plan\'s owner and a plan token elsewhere do not', async () => {
    const editor = await api(relay, 'POST', '/api/plans/plan-requests/invites', owner, { role: 'editor' });
    const viewer = await api(relay, 'POST', '/api/plans/plan-requests/invites', owner, { role: 'viewer' });
    const otherOwner = await createPlan(relay, 'plan-other-requests');
    const asEditor = client('request-council', editor.body!.token as string);
    await asEditor.synced;
    expect(requestFromDoc(asEditor.doc)!.lead.name).toBe('Hillcrest Council');
    expect(await refusal('request-council', viewer.body!.token as string)).toEqual(forbidden);
    expect(await refusal('request-council', otherOwner)).toEqual(forbidden);
    expect(await refusal('request-unknown', owner)).toEqual(forbidden);
  });
});

describe('what a request link may write', () => {
  // PROTOCOL R53
  it('the lead\'s drafts, proposed rating and submission reach the facilitator and are stored', async () => {
    const lead = client('request-police', linkA.token);
    await lead.synced;
    markOpened(lead.doc, AT);
    writeDraft(lead.doc, 'act-1', 'Second district joined the street triage trial', AT);
    proposeRag(lead.doc, 'act-2', 'green', AT);
    submitRequest(lead.doc, AT);
    await waitFor('the submission to reach the facilitator', () => requestFromDoc(facilitator.doc)!.actions.every((a) => a.response.submittedAt === AT));
    expect(requestFromDoc(facilitator.doc)!.actions[0]!.response.update).toBe('Second district joined the street triage trial');
    expect(lead.provider.wsconnected).toBe(true);
    lead.destroy();
  });

  // PROTOCOL R53
  it.each<[string, (copy: Y.Doc) => void]>([
    ['an action\'s copy', (c) => (c.getMap('actions').get('act-1') as Y.Map<unknown>).set('text', 'rewritten by the lead')],
    ['another action (a new key under actions)', (c) => c.getMap('actions').set('act-3', new Y.Map())],
    ['the request header (reopening a closed round)', (c) => c.getMap('request').set('closed', false)],
    ['a response under another lead\'s action', (c) => c.getMap('responses').set('act-3', new Y.Map())],
    ['the facilitator\'s review', (c) => c.getMap('review').set('act-1', new Y.Map())],
    ['a root of its own', (c) => c.getText('anything').insert(0, 'spam')],
    ['a deletion of one of the copies', (c) => c.getMap('actions').delete('act-2')],
  ])('refuses an update that changes %s with 4403 out-of-scope, stores none of it, and the room carries on', async (label, change) => {
    const before = (await storedRows(relay.dataDir, 'request-police')).length;
    const update = changeOn(facilitator.doc, change);
    expect(await sendAsLead('request-police', linkA.token, update), label).toEqual(outOfScope);
    facilitator.doc.getMap('request').set('marker', label);
    const fresh = client('request-police', owner);
    await waitFor('a fresh reader to get the facilitator\'s marker', () => fresh.doc.getMap('request').get('marker') === label);
    const doc = new Y.Doc();
    for (const row of await storedRows(relay.dataDir, 'request-police')) Y.applyUpdate(doc, row);
    const read = requestFromDoc(doc)!;
    expect(read.actions.map((a) => [a.id, a.text])).toEqual([
      ['act-1', 'Riverside Police: action act-1 about street triage'],
      ['act-2', 'Riverside Police: action act-2 about street triage'],
    ]);
    expect(read.closed).toBe(false);
    expect(doc.getMap('responses').has('act-3')).toBe(false);
    expect(doc.getMap('review').size).toBe(0);
    expect(doc.share.has('anything') ? doc.getText('anything').toString() : '').toBe('');
    expect((await storedRows(relay.dataDir, 'request-police')).length).toBeGreaterThanOrEqual(before);
    expect(facilitator.provider.wsconnected).toBe(true);
    fresh.destroy();
  });
});

describe('closing a round', () => {
  // PROTOCOL R55
  it('revokes every link of the round: live lead connections close, the links are refused, the facilitator still reads', async () => {
    const lead = client('request-council', linkB.token);
    await lead.synced;
    const closed = new Promise<{ code: number; reason: string }>((done) => lead.provider.once('closed', done));
    const other = await mintRequest('plan-requests', owner, 'request-summer', 'summer');
    expect((await api(relay, 'DELETE', '/api/plans/plan-requests/rounds/spring', linkB.token)).status).toBe(403);
    expect((await api(relay, 'DELETE', '/api/plans/plan-requests/rounds/spring', owner)).status).toBe(204);
    expect(await closed).toEqual(revoked);
    expect(await refusal('request-council', linkB.token)).toEqual(revoked);
    expect(await refusal('request-police', linkA.token)).toEqual(revoked);
    // Another round's link is untouched; closing a closed round again changes nothing; an unknown round is 404.
    await client('request-summer', other.token).synced;
    expect((await api(relay, 'DELETE', '/api/plans/plan-requests/rounds/spring', owner)).status).toBe(204);
    expect(await api(relay, 'DELETE', '/api/plans/plan-requests/rounds/autumn', owner)).toEqual({ status: 404, body: { error: 'not-found' } });
    const reader = client('request-council', owner);
    await reader.synced;
    expect(requestFromDoc(reader.doc)!.lead.name).toBe('Hillcrest Council');
  });
});
