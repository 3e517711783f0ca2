/**
 * Working groups on a real relay (SQLite): one invite link per role makes members, a member token opens the
 * group's room and every plan the relay's registry lists for the group (plans added later too), a viewer's edits
 * are dropped everywhere, revoking a member closes their connections to every group plan, taking a plan out of the
 * group closes members' connections to it while the plan's own links keep working, and invite links open nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, openRaw, waitFor, type SyncClient } from './clients';
import { addPlan, api, createGroup, createPlan, join, mintLink } from './group-api';

let relay: RunningRelay;
const clients: SyncClient[] = [];

function client(room: string, token: string): SyncClient {
  const c = connectClient(relay.wsUrl, room, { token });
  clients.push(c);
  return c;
}

const closedWith = (c: SyncClient) => new Promise<{ code: number; reason: string }>((done) => c.provider.once('closed', done));
const refusal = (room: string, token?: string) =>
  openRaw(`${relay.wsUrl}/${room}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`).closed;
const revoked = { code: CloseCode.forbidden, reason: CloseReason.revoked };
const forbidden = { code: CloseCode.forbidden, reason: CloseReason.forbidden };

beforeAll(async () => {
  relay = await startRelay();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await relay?.kill();
});

describe('a working group on one relay', () => {
  // PROTOCOL R32, R33
  it('invites once: members reach every group plan, plans added later too, and revoking one closes them all', async () => {
    const owner = await createGroup(relay, 'group-county');
    const [planA, planB, planC] = [await createPlan(relay, 'plan-main'), await createPlan(relay, 'plan-cyp'), await createPlan(relay, 'plan-triage')];
    await addPlan(relay, 'group-county', owner.token, 'plan-main', planA);
    await addPlan(relay, 'group-county', owner.token, 'plan-cyp', planB);
    const editorLink = await mintLink(relay, 'group-county', owner.token, 'editor');
    const editor = await join(relay, 'group-county', editorLink.token, 'Ward manager', 'NHS trust');
    expect(editor.role).toBe('editor');

    const onGroup = client('group-county', editor.token);
    const onA = client('plan-main', editor.token);
    const onB = client('plan-cyp', editor.token);
    await Promise.all([onGroup.synced, onA.synced, onB.synced]);
    expect(await refusal('plan-triage', editor.token)).toEqual(forbidden);

    // A plan added later opens with the same member token: no second link.
    await addPlan(relay, 'group-county', owner.token, 'plan-triage', planC);
    const onC = client('plan-triage', editor.token);
    await onC.synced;
    const planOwner = client('plan-triage', planC);
    onC.doc.getMap('m').set('editor wrote', 'kept');
    await waitFor('the member\'s edit to reach the plan owner', () => planOwner.doc.getMap('m').get('editor wrote') === 'kept');

    const closes = [onGroup, onA, onB, onC].map(closedWith);
    expect((await api(relay, 'DELETE', `/api/groups/group-county/members/${editor.memberId}`, owner.token)).status).toBe(204);
    expect(await Promise.all(closes)).toEqual([revoked, revoked, revoked, revoked]);
    expect(await refusal('plan-main', editor.token)).toEqual(revoked);
    expect(await refusal('group-county', editor.token)).toEqual(revoked);
    expect(planOwner.provider.wsconnected).toBe(true);
    const members = await api(relay, 'GET', '/api/groups/group-county/members', owner.token);
    expect(members.body!.members.map((m: { name: string; revokedAt: string | null }) => [m.name, m.revokedAt !== null])).toEqual([
      ['Facilitator', false],
      ['Ward manager', true],
    ]);
  });

  it('drops a viewer\'s edits in every group plan while showing the viewer\'s presence', async () => {
    const owner = await createGroup(relay, 'group-viewers');
    const plan = await createPlan(relay, 'plan-viewed');
    await addPlan(relay, 'group-viewers', owner.token, 'plan-viewed', plan);
    const viewer = await join(relay, 'group-viewers', (await mintLink(relay, 'group-viewers', owner.token, 'viewer')).token, 'Observer');
    const v = client('plan-viewed', viewer.token);
    const g = client('group-viewers', viewer.token);
    const o = client('plan-viewed', owner.token);
    await Promise.all([v.synced, g.synced, o.synced]);
    v.provider.awareness.setLocalStateField('user', { name: 'Observer' });
    v.doc.getMap('m').set('viewer wrote', 'dropped');
    g.doc.getMap('m').set('viewer wrote', 'dropped');
    await waitFor('the viewer\'s presence', () =>
      [...o.provider.awareness.getStates().values()].some((s) => (s as { user?: { name: string } }).user?.name === 'Observer'),
    );
    o.doc.getMap('m').set('marker', 'after');
    const fresh = client('plan-viewed', owner.token);
    const freshGroup = client('group-viewers', owner.token);
    await waitFor('a fresh client to get the marker', () => fresh.doc.getMap('m').get('marker') === 'after');
    await freshGroup.synced;
    expect(fresh.doc.getMap('m').get('viewer wrote')).toBeUndefined();
    expect(freshGroup.doc.getMap('m').get('viewer wrote')).toBeUndefined();
  });

  // PROTOCOL R32
  it('takes a plan out: members lose it, its own links keep working, and it can come back', async () => {
    const owner = await createGroup(relay, 'group-out');
    const planOwner = await createPlan(relay, 'plan-leaving');
    await addPlan(relay, 'group-out', owner.token, 'plan-leaving', planOwner);
    const invite = await api(relay, 'POST', '/api/plans/plan-leaving/invites', planOwner, { role: 'editor' });
    const member = await join(relay, 'group-out', (await mintLink(relay, 'group-out', owner.token, 'editor')).token, 'Lead');
    const viaGroup = client('plan-leaving', member.token);
    const viaOwnLink = client('plan-leaving', invite.body!.token as string);
    await Promise.all([viaGroup.synced, viaOwnLink.synced]);
    const closed = closedWith(viaGroup);
    expect((await api(relay, 'DELETE', '/api/groups/group-out/plans/plan-leaving', owner.token)).status).toBe(204);
    expect(await closed).toEqual(revoked);
    expect(await refusal('plan-leaving', member.token)).toEqual(forbidden);
    expect(viaOwnLink.provider.wsconnected).toBe(true);
    expect((await api(relay, 'GET', '/api/groups/group-out/plans', member.token)).body).toEqual({ plans: [] });
    await addPlan(relay, 'group-out', owner.token, 'plan-leaving', planOwner);
    await client('plan-leaving', member.token).synced;
  });

  // PROTOCOL R32
  it('lets only a plan\'s owner add it to a group, and only group owners manage the group', async () => {
    const owner = await createGroup(relay, 'group-guarded');
    const strangerPlan = await createPlan(relay, 'plan-not-theirs');
    const editor = await join(relay, 'group-guarded', (await mintLink(relay, 'group-guarded', owner.token, 'editor')).token, 'Editor');
    const editorInvite = await api(relay, 'POST', '/api/plans/plan-not-theirs/invites', strangerPlan, { role: 'editor' });
    const add = (bearer: string, planToken: unknown) =>
      api(relay, 'POST', '/api/groups/group-guarded/plans', bearer, { planId: 'plan-not-theirs', planToken });
    expect(await add(owner.token, editorInvite.body!.token)).toEqual({ status: 403, body: { error: 'not-plan-owner' } });
    expect(await add(owner.token, owner.token)).toEqual({ status: 403, body: { error: 'not-plan-owner' } });
    expect((await add(editor.token, strangerPlan)).status).toBe(403);
    expect((await api(relay, 'POST', '/api/groups/group-guarded/links', editor.token, { role: 'owner' })).status).toBe(403);
    expect((await api(relay, 'GET', '/api/groups/group-guarded/links', editor.token)).status).toBe(403);
    expect((await api(relay, 'GET', '/api/groups/group-guarded/members', editor.token)).status).toBe(200);
    expect((await api(relay, 'GET', '/api/groups/group-guarded/members', null)).status).toBe(401);
    expect((await api(relay, 'DELETE', `/api/groups/group-guarded/members/${owner.memberId}`, editor.token)).status).toBe(403);
    const otherGroup = await createGroup(relay, 'group-elsewhere');
    expect((await api(relay, 'GET', '/api/groups/group-guarded/members', otherGroup.token)).status).toBe(403);
    expect(await refusal('plan-not-theirs', owner.token)).toEqual(forbidden);
  });

  // PROTOCOL R33
  it('opens no room with an invite link, refuses a revoked link, and can revoke everyone who joined by a link', async () => {
    const owner = await createGroup(relay, 'group-links');
    const plan = await createPlan(relay, 'plan-linked');
    await addPlan(relay, 'group-links', owner.token, 'plan-linked', plan);
    const link = await mintLink(relay, 'group-links', owner.token, 'editor');
    expect(await refusal('plan-linked', link.token)).toEqual(forbidden);
    expect(await refusal('group-links', link.token)).toEqual(forbidden);
    const [first, second] = [await join(relay, 'group-links', link.token, 'First'), await join(relay, 'group-links', link.token, 'Second')];
    const c1 = client('plan-linked', first.token);
    const c2 = client('group-links', second.token);
    await Promise.all([c1.synced, c2.synced]);
    const [closed1, closed2] = [closedWith(c1), closedWith(c2)];
    expect((await api(relay, 'DELETE', `/api/groups/group-links/links/${link.tokenId}?members=revoke`, owner.token)).status).toBe(204);
    expect(await Promise.all([closed1, closed2])).toEqual([revoked, revoked]);
    const again = await api(relay, 'POST', '/api/groups/group-links/join', link.token, { name: 'Third', organisation: '' });
    expect(again).toEqual({ status: 403, body: { error: 'link-revoked' } });
    const links = await api(relay, 'GET', '/api/groups/group-links/links', owner.token);
    expect(links.body!.links).toEqual([expect.objectContaining({ id: link.tokenId, role: 'editor', revokedAt: expect.any(String) })]);
    expect(JSON.stringify(links.body)).not.toContain(link.token);
  });

  // PROTOCOL R34
  it('keeps group rooms and group ids apart from plans, and refuses bad input with a reason', async () => {
    const owner = await createGroup(relay, 'group-apart');
    expect(await refusal('group-apart')).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
    expect(await refusal('group-never-made')).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
    expect(await refusal('group-apart', await createPlan(relay, 'plan-apart'))).toEqual(forbidden);
    expect(await api(relay, 'POST', '/api/plans', null, { planId: 'group-squat' })).toEqual({ status: 400, body: { error: 'invalid-plan' } });
    expect(await api(relay, 'POST', '/api/groups', null, { groupId: 'plan-x', name: 'A' })).toEqual({ status: 400, body: { error: 'invalid-group' } });
    expect(await api(relay, 'POST', '/api/groups', null, { groupId: 'group-apart', name: 'A' })).toEqual({ status: 409, body: { error: 'group-exists' } });
    const link = await mintLink(relay, 'group-apart', owner.token, 'viewer');
    const blank = await api(relay, 'POST', '/api/groups/group-apart/join', link.token, { name: '  ', organisation: 'x' });
    expect(blank).toEqual({ status: 400, body: { error: 'invalid-member' } });
    expect((await api(relay, 'POST', '/api/groups/group-apart/join', owner.token, { name: 'Me' })).status).toBe(403);
    expect((await api(relay, 'POST', '/api/groups/group-apart/join', 'x.y.z', { name: 'Me' })).status).toBe(401);
    expect((await api(relay, 'POST', '/api/groups/group-apart/links', owner.token, { role: 'admin' })).status).toBe(400);
    expect((await api(relay, 'GET', '/api/groups/group-apart/nothing', owner.token)).status).toBe(404);
    expect((await api(relay, 'GET', '/api/groups/group-apart/members', owner.token)).body!.members).toHaveLength(1);
  });
});
