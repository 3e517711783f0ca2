/**
 * Scale-out: several relay processes share one PostgreSQL log. Clients of one plan on different nodes converge,
 * presence crosses nodes, a killed node's clients reconnect to another (through a balancer) and lose nothing, and an
 * update whose notification was dropped still arrives through the poll. Runs against the real PostgreSQL on
 * 127.0.0.1:5432; under CI=true an unreachable database fails the run.
 */
import { describe, expect, it } from 'vitest';
import { PostgresUpdateStore } from '@concord/sync-server/postgres-store';
import type { RunningRelay } from '../helpers/relay';
import { startBalancer } from '../helpers/tcp-balancer';
import { waitFor, type SyncClient } from './clients';
import { postgresRelays } from './postgres-relays';

const { available, storeUrl, harness, ...relays } = await postgresRelays('cluster', 'relay cluster tests');

function node(env: Record<string, string> = {}): Promise<RunningRelay> {
  return relays.node({ CONCORD_POLL_MS: '500', ...env });
}

const client = (target: RunningRelay | string, room: string): SyncClient => harness.client(target, room);
const text = (c: SyncClient) => c.doc.getText('t').toString();
const type = (c: SyncClient, s: string) => c.doc.getText('t').insert(c.doc.getText('t').length, s);

describe.skipIf(!available)('relay nodes sharing PostgreSQL', () => {
  // PROTOCOL R12 R19
  it('converges clients of one plan on two nodes, both ways, with presence crossing nodes', async () => {
    const [n1, n2] = await Promise.all([node(), node()]);
    const a = client(n1, 'plan-two-nodes');
    const b = client(n2, 'plan-two-nodes');
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 10; i++) type(a, `a${i};`);
    for (let i = 0; i < 10; i++) type(b, `b${i};`);
    await waitFor('both nodes to converge', () => text(a) === text(b) && text(a).length === 60);
    expect(text(a).match(/a\d;/g)).toHaveLength(10);
    expect(text(a).match(/b\d;/g)).toHaveLength(10);

    a.provider.awareness.setLocalStateField('user', { name: 'Ann (node 1)' });
    await waitFor('Ann to appear on node 2', () =>
      [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Ann (node 1)'),
    );
    // A client arriving later on node 2 learns presence held on node 1 (the room asks the other nodes on load).
    const late = client(n2, 'plan-two-nodes');
    await late.synced;
    expect(text(late)).toBe(text(a));
    a.destroy();
    await waitFor('Ann to leave on node 2', () => b.provider.awareness.getStates().get(a.doc.clientID) === undefined);
  });

  it('moves a killed node\'s clients to the other node through the balancer, losing nothing', async () => {
    const [n1, n2] = await Promise.all([node(), node()]);
    const balancer = await startBalancer([n1.port, n2.port]);
    harness.defer(() => balancer.close());
    const a = client(balancer.wsUrl, 'plan-failover');
    const b = client(n2, 'plan-failover');
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 20; i++) type(a, `before${i};`);
    await waitFor('node 2 to relay node 1\'s edits', () => text(b) === text(a));

    await n1.kill();
    // Written while a's node is dead: only a's own replica holds these until it reconnects.
    for (let i = 0; i < 20; i++) type(a, `during${i};`);
    for (let i = 0; i < 5; i++) type(b, `b${i};`);
    await waitFor('a to reconnect through the balancer and converge', () => text(a) === text(b) && /during19;/.test(text(b)), 20_000);
    for (let i = 0; i < 20; i++) {
      expect(text(b)).toContain(`before${i};`);
      expect(text(b)).toContain(`during${i};`);
    }
    expect(text(a)).toContain('b4;');

    // And it is stored: a fresh client on a fresh node reads all of it from PostgreSQL.
    const n3 = await node();
    const fresh = client(n3, 'plan-failover');
    await fresh.synced;
    await waitFor('the fresh client to load everything', () => text(fresh) === text(b));
  });

  // PROTOCOL R19
  it('delivers an update whose notification was dropped, through the poll', async () => {
    const n1 = await node();
    const deaf = await node({ CONCORD_TEST_DROP_NOTIFY: '1', CONCORD_POLL_MS: '400', CONCORD_LOG: 'debug' });
    // A node that ignores notifications and polls only every 10 minutes proves the notifications really are dropped.
    const deafNoPoll = await node({ CONCORD_TEST_DROP_NOTIFY: '1', CONCORD_POLL_MS: '600000', CONCORD_LOG: 'debug' });
    const a = client(n1, 'plan-dropped');
    const b = client(deaf, 'plan-dropped');
    const c = client(deafNoPoll, 'plan-dropped');
    await Promise.all([a.synced, b.synced, c.synced]);
    type(a, 'hello from node 1');
    await waitFor('the poll to bring the update', () => text(b) === 'hello from node 1', 5_000);
    const dropped = '"event":"update-notification-dropped","room":"plan-dropped"';
    await waitFor('both deaf nodes to drop the notification', () => deaf.output().includes(dropped) && deafNoPoll.output().includes(dropped));
    expect(text(c)).toBe('');
  });

  it('catches a node up across another node\'s compactions, and its own appends after a gap keep every row', async () => {
    const busy = await node({ CONCORD_COMPACT_AFTER_ROWS: '4', CONCORD_LOG: 'debug' });
    const behind = await node({ CONCORD_TEST_DROP_NOTIFY: '1', CONCORD_POLL_MS: '1500' });
    const a = client(busy, 'plan-compacted');
    const b = client(behind, 'plan-compacted');
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 30; i++) type(a, `a${i};`);
    await waitFor('node 1 to compact', () => busy.output().includes('"event":"room-compacted","room":"plan-compacted"'));
    // b writes while its node has not yet seen node 1's rows: its append lands after a gap.
    type(b, 'b-early;');
    await waitFor('both to converge', () => text(a) === text(b) && text(a).includes('a29;') && text(a).includes('b-early;'), 10_000);

    const store = await PostgresUpdateStore.open(storeUrl);
    try {
      const rows = await store.load('plan-compacted');
      const { applyUpdate, Doc } = await import('yjs');
      const doc = new Doc();
      for (const row of rows.updates) applyUpdate(doc, row);
      expect(doc.getText('t').toString()).toBe(text(a));
    } finally {
      await store.close();
    }
  });
});
