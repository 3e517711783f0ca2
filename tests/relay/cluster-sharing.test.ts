/**
 * Sharing across relay nodes on one PostgreSQL database: the signing secret, the registry of shared plans and
 * invites, and revocations live in PostgreSQL, so an invite minted on one node works on the other, each node lists
 * the other's invites, and a revocation on one node drops the token's live connections on every node (by
 * notification, and by the periodic check when a notification is lost). Runs against the real PostgreSQL on
 * 127.0.0.1:5432; under CI=true an unreachable database fails the run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { initRequest, requestFromDoc, writeDraft } from '@concord/shared/requests';
import { runConcord, type RunningRelay } from '../helpers/relay';
import { connectClient, openRaw, waitFor, type SyncClient } from './clients';
import { postgresRelays } from './postgres-relays';

const { available, storeUrl, harness, node } = await postgresRelays('sharing', 'relay cluster sharing tests');

function client(target: RunningRelay, room: string, token: string): SyncClient {
  const c = connectClient(target.wsUrl, room, { token });
  harness.defer(() => c.destroy());
  return c;
}

async function api(target: RunningRelay, method: string, path: string, bearer: string | null, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(`${target.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text === '' ? null : (JSON.parse(text) as Record<string, any>) };
}

/** Creates `planId` on `target` and mints an editor invite there: [owner token, invite]. */
async function planWithInvite(target: RunningRelay, planId: string): Promise<[string, { token: string; tokenId: string }]> {
  const created = await api(target, 'POST', '/api/plans', null, { planId });
  expect(created.status).toBe(201);
  const owner = created.body!.token as string;
  const invite = await api(target, 'POST', `/api/plans/${planId}/invites`, owner, { role: 'editor', label: 'police lead' });
  expect(invite.status).toBe(201);
  return [owner, invite.body as { token: string; tokenId: string }];
}

const closedWith = (c: SyncClient) => new Promise<{ code: number; reason: string }>((done) => c.provider.once('closed', done));
const refusal = async (target: RunningRelay, room: string, token: string) =>
  openRaw(`${target.wsUrl}/${room}?token=${encodeURIComponent(token)}`).closed;
const revoked = { code: CloseCode.forbidden, reason: CloseReason.revoked };

describe.skipIf(!available)('sharing across relay nodes on PostgreSQL', () => {
  // PROTOCOL R7
  it('mints on node 1, admits and lists on node 2, and a revocation on node 2 drops the token on both nodes', async () => {
    // A 10-minute poll: only the revocation notice can drop node 1's socket within this test.
    const [n1, n2] = await Promise.all([node({ CONCORD_POLL_MS: '600000' }), node({ CONCORD_POLL_MS: '600000' })]);
    const [owner, invite] = await planWithInvite(n1, 'plan-shared-registry');
    const onTwo = client(n2, 'plan-shared-registry', invite.token);
    const onOne = client(n1, 'plan-shared-registry', invite.token);
    const ownerClient = client(n1, 'plan-shared-registry', owner);
    await Promise.all([onTwo.synced, onOne.synced, ownerClient.synced]);
    onTwo.doc.getMap('m').set('from node 2', 'kept');
    await waitFor('node 2\'s edit to reach node 1', () => ownerClient.doc.getMap('m').get('from node 2') === 'kept');

    const listed = await api(n2, 'GET', '/api/plans/plan-shared-registry/invites', owner);
    expect(listed.status).toBe(200);
    expect(listed.body!.invites).toEqual([
      expect.objectContaining({ role: 'owner', revokedAt: null }),
      expect.objectContaining({ id: invite.tokenId, role: 'editor', label: 'police lead', revokedAt: null }),
    ]);

    const [closedOnOne, closedOnTwo] = [closedWith(onOne), closedWith(onTwo)];
    expect((await api(n2, 'DELETE', `/api/plans/plan-shared-registry/invites/${invite.tokenId}`, owner)).status).toBe(204);
    expect(await closedOnTwo).toEqual(revoked);
    expect(await closedOnOne).toEqual(revoked);
    expect(await refusal(n1, 'plan-shared-registry', invite.token)).toEqual(revoked);
    expect(await refusal(n2, 'plan-shared-registry', invite.token)).toEqual(revoked);
    expect((await api(n1, 'DELETE', `/api/plans/plan-shared-registry/invites/${invite.tokenId}`, owner)).status).toBe(404);
    expect(ownerClient.provider.wsconnected).toBe(true);
    // The secret is the database's, not a per-node file.
    expect(existsSync(join(n1.dataDir, 'relay-secret')) || existsSync(join(n2.dataDir, 'relay-secret'))).toBe(false);
  });

  // PROTOCOL R7
  it('drops a revoked token on a node that lost the revocation notice, through the periodic check', async () => {
    const n1 = await node();
    const deaf = await node({ CONCORD_TEST_DROP_REVOKE_NOTIFY: '1', CONCORD_POLL_MS: '400' });
    const deafNoPoll = await node({ CONCORD_TEST_DROP_REVOKE_NOTIFY: '1', CONCORD_POLL_MS: '600000' });
    const [owner, invite] = await planWithInvite(n1, 'plan-lost-notice');
    const polled = client(deaf, 'plan-lost-notice', invite.token);
    const unpolled = client(deafNoPoll, 'plan-lost-notice', invite.token);
    await Promise.all([polled.synced, unpolled.synced]);
    const closed = closedWith(polled);
    expect((await api(n1, 'DELETE', `/api/plans/plan-lost-notice/invites/${invite.tokenId}`, owner)).status).toBe(204);
    expect(await closed).toEqual(revoked);
    // The node that neither hears nor polls proves the notice really was dropped; it still refuses new connections.
    expect(unpolled.provider.wsconnected).toBe(true);
    expect(await refusal(deafNoPoll, 'plan-lost-notice', invite.token)).toEqual(revoked);
  });

  it('`concord token --store` signs with the shared secret, so every node accepts its token', async () => {
    const n1 = await node();
    const minted = await runConcord('token', '--store', storeUrl, '--plan', 'plan-cli-shared', '--role', 'editor');
    expect(minted.code).toBe(0);
    const c = client(n1, 'plan-cli-shared', minted.stdout.trim());
    await c.synced;
    expect(c.provider.wsconnected).toBe(true);
    expect(await refusal(n1, 'plan-cli-shared', 'x.y.z')).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
  });
});

describe.skipIf(!available)('update request links across relay nodes on PostgreSQL', () => {
  // PROTOCOL R53, R55
  it('a link minted on node 1 opens its request room on node 2, writes only there, and closing the round on node 2 drops it on both', async () => {
    const [n1, n2] = await Promise.all([node({ CONCORD_POLL_MS: '600000' }), node({ CONCORD_POLL_MS: '600000' })]);
    const created = await api(n1, 'POST', '/api/plans', null, { planId: 'plan-cluster-round' });
    const owner = created.body!.token as string;
    const minted = await api(n1, 'POST', '/api/plans/plan-cluster-round/requests', owner, { roundId: 'spring', requestId: 'request-cluster-lead' });
    expect(minted.status).toBe(201);
    const link = minted.body!.token as string;
    // The facilitator's device writes the lead's copies on node 1; the lead writes a draft through node 2.
    const facilitator = client(n1, 'request-cluster-lead', owner);
    await facilitator.synced;
    initRequest(facilitator.doc, {
      id: 'request-cluster-lead', planId: 'plan-cluster-round', roundId: 'spring', title: 'Before the spring meeting', due: '2027-04-01',
      lead: { id: 'lead-1', name: 'Moorside Ambulance Trust' },
      actions: [{ id: 'act-9', planId: 'plan-cluster-round', ref: '4.2', text: 'Convey people in crisis to the right place first time', timescale: 'May', progress: '', lastUpdate: null, rag: null }],
    });
    const onTwo = client(n2, 'request-cluster-lead', link);
    await waitFor('the copies to reach the lead on node 2', () => requestFromDoc(onTwo.doc) !== null);
    writeDraft(onTwo.doc, 'act-9', 'Direct conveyance pilot starts in April.', '2027-03-20T10:00:00.000Z');
    await waitFor('the lead\'s draft to reach node 1', () => requestFromDoc(facilitator.doc)!.actions[0]!.response.update === 'Direct conveyance pilot starts in April.');
    expect(await refusal(n2, 'plan-cluster-round', link)).toEqual({ code: CloseCode.forbidden, reason: CloseReason.forbidden });

    const onOne = client(n1, 'request-cluster-lead', link);
    await onOne.synced;
    const [closedOnOne, closedOnTwo] = [closedWith(onOne), closedWith(onTwo)];
    expect((await api(n2, 'DELETE', '/api/plans/plan-cluster-round/rounds/spring', owner)).status).toBe(204);
    expect(await closedOnTwo).toEqual(revoked);
    expect(await closedOnOne).toEqual(revoked);
    expect(await refusal(n1, 'request-cluster-lead', link)).toEqual(revoked);
  });
});
