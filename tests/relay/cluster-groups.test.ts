/**
 * Working groups across relay nodes on one PostgreSQL database: a group made on one node admits its members on
 * the other, a plan added on one node opens on the other, and revoking a member (or taking a plan out) on one node
 * closes the connections on both: by notification, and by the periodic check when the notification is lost.
 * Runs against the real PostgreSQL on 127.0.0.1:5432; under CI=true an unreachable database fails the run.
 */
import { describe, expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import type { RunningRelay } from '../helpers/relay';
import { connectClient, openRaw, waitFor, type SyncClient } from './clients';
import { addPlan, api, createGroup, createPlan, join, mintLink } from './group-api';
import { postgresRelays } from './postgres-relays';

const { available, harness, node } = await postgresRelays('groups', 'relay cluster group tests');

function client(target: RunningRelay, room: string, token: string): SyncClient {
  const c = connectClient(target.wsUrl, room, { token });
  harness.defer(() => c.destroy());
  return c;
}

const closedWith = (c: SyncClient) => new Promise<{ code: number; reason: string }>((done) => c.provider.once('closed', done));
const refusal = (target: RunningRelay, room: string, token: string) =>
  openRaw(`${target.wsUrl}/${room}?token=${encodeURIComponent(token)}`).closed;
const revoked = { code: CloseCode.forbidden, reason: CloseReason.revoked };

describe.skipIf(!available)('working groups across relay nodes on PostgreSQL', () => {
  // PROTOCOL R32, R33
  it('admits on node 2 what node 1 set up, and a revocation on node 2 closes the member on both nodes', async () => {
    // A 10-minute poll: only the notice can close node 1's sockets within this test.
    const [n1, n2] = await Promise.all([node({ CONCORD_POLL_MS: '600000' }), node({ CONCORD_POLL_MS: '600000' })]);
    const owner = await createGroup(n1, 'group-two-nodes');
    const [p1, p2] = [await createPlan(n1, 'plan-node-a'), await createPlan(n2, 'plan-node-b')];
    await addPlan(n1, 'group-two-nodes', owner.token, 'plan-node-a', p1);
    const editor = await join(n2, 'group-two-nodes', (await mintLink(n1, 'group-two-nodes', owner.token, 'editor')).token, 'Lead');
    await addPlan(n2, 'group-two-nodes', owner.token, 'plan-node-b', p2);

    const onOne = [client(n1, 'plan-node-a', editor.token), client(n1, 'plan-node-b', editor.token), client(n1, 'group-two-nodes', editor.token)];
    const onTwo = [client(n2, 'plan-node-a', editor.token), client(n2, 'group-two-nodes', editor.token)];
    const ownerOnOne = client(n1, 'plan-node-a', p1);
    await Promise.all([...onOne, ...onTwo, ownerOnOne].map((c) => c.synced));
    onTwo[0]!.doc.getMap('m').set('from node 2', 'kept');
    await waitFor('node 2\'s edit to reach node 1', () => ownerOnOne.doc.getMap('m').get('from node 2') === 'kept');
    const listed = await api(n2, 'GET', '/api/groups/group-two-nodes/members', owner.token);
    expect(listed.body!.members.map((m: { name: string }) => m.name)).toEqual(['Facilitator', 'Lead']);

    const closes = [...onOne, ...onTwo].map(closedWith);
    expect((await api(n2, 'DELETE', `/api/groups/group-two-nodes/members/${editor.memberId}`, owner.token)).status).toBe(204);
    expect(await Promise.all(closes)).toEqual(Array(5).fill(revoked));
    expect(await refusal(n1, 'plan-node-b', editor.token)).toEqual(revoked);
    expect(ownerOnOne.provider.wsconnected).toBe(true);
  });

  // PROTOCOL R33
  it('closes a member\'s connections on a node that lost the notice, through the periodic check', async () => {
    const n1 = await node();
    const deaf = await node({ CONCORD_TEST_DROP_REVOKE_NOTIFY: '1', CONCORD_POLL_MS: '400' });
    const deafNoPoll = await node({ CONCORD_TEST_DROP_REVOKE_NOTIFY: '1', CONCORD_POLL_MS: '600000' });
    const owner = await createGroup(n1, 'group-lost-notice');
    await addPlan(n1, 'group-lost-notice', owner.token, 'plan-lost-a', await createPlan(n1, 'plan-lost-a'));
    await addPlan(n1, 'group-lost-notice', owner.token, 'plan-lost-b', await createPlan(n1, 'plan-lost-b'));
    const link = await mintLink(n1, 'group-lost-notice', owner.token, 'editor');
    const [gone, stays] = [await join(n1, 'group-lost-notice', link.token, 'Leaving'), await join(n1, 'group-lost-notice', link.token, 'Staying')];
    const polled = client(deaf, 'plan-lost-a', gone.token);
    const unpolled = client(deafNoPoll, 'plan-lost-a', gone.token);
    const planGoes = client(deaf, 'plan-lost-b', stays.token);
    await Promise.all([polled.synced, unpolled.synced, planGoes.synced]);
    const [closedMember, closedPlan] = [closedWith(polled), closedWith(planGoes)];
    expect((await api(n1, 'DELETE', `/api/groups/group-lost-notice/members/${gone.memberId}`, owner.token)).status).toBe(204);
    expect((await api(n1, 'DELETE', '/api/groups/group-lost-notice/plans/plan-lost-b', owner.token)).status).toBe(204);
    expect(await closedMember).toEqual(revoked);
    expect(await closedPlan).toEqual(revoked);
    // The node that neither hears nor polls proves the notice really was lost; it still refuses new connections.
    expect(unpolled.provider.wsconnected).toBe(true);
    expect(await refusal(deafNoPoll, 'plan-lost-a', gone.token)).toEqual(revoked);
  });
});
