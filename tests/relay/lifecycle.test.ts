/**
 * Room lifecycle on a real relay: rows fold into a snapshot past the threshold and when a room unloads after its
 * last client leaves, a reloaded room serves the same document, and SIGTERM with clients connected exits 0.
 */
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@concord/shared/protocol';
import { SqliteUpdateStore } from '@concord/sync-server';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, waitFor, type SyncClient } from './clients';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function relay(env: Record<string, string>): Promise<RunningRelay> {
  const r = await startRelay({ env: { CONCORD_LOG: 'debug', ...env } });
  cleanups.push(() => r.kill());
  return r;
}

function client(r: RunningRelay, room: string): SyncClient {
  const c = connectClient(r.wsUrl, room);
  cleanups.push(() => c.destroy());
  return c;
}

/** The stored rows of `room`, read through the relay's own store (SQLite allows a second connection in WAL). */
async function storedRows(dataDir: string, room: string): Promise<Uint8Array[]> {
  const store = new SqliteUpdateStore(join(dataDir, 'concord.db'));
  try {
    return (await store.load(room)).updates;
  } finally {
    await store.close();
  }
}

function rebuild(rows: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row);
  return doc;
}

describe('room lifecycle', () => {
  it('compacts a busy room into a snapshot once it passes the row threshold and pauses', async () => {
    const r = await relay({ CONCORD_COMPACT_AFTER_ROWS: '5' });
    const a = client(r, 'plan-busy');
    const b = client(r, 'plan-busy');
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 12; i++) a.doc.getMap('m').set(`k${i}`, i);
    await waitFor('b to have every edit', () => b.doc.getMap('m').size === 12);
    await waitFor('a compaction', () => r.output().includes('"event":"room-compacted","room":"plan-busy"'));
    await r.kill();
    const rows = await storedRows(r.dataDir, 'plan-busy');
    expect(rows.length).toBeLessThanOrEqual(6);
    expect(rebuild(rows).getMap('m').toJSON()).toEqual(b.doc.getMap('m').toJSON());
  });

  // PROTOCOL R16
  it('unloads a room after its last client leaves, leaving one snapshot row, and reloads it on demand', async () => {
    const r = await relay({ CONCORD_UNLOAD_GRACE_MS: '150' });
    const a = client(r, 'plan-unload');
    await a.synced;
    for (let i = 0; i < 10; i++) a.doc.getText('t').insert(a.doc.getText('t').length, `${i};`);
    const expected = a.doc.getText('t').toString();
    const other = client(r, 'plan-unload');
    await waitFor('the edits to be relayed', () => other.doc.getText('t').toString() === expected);
    a.destroy();
    other.destroy();
    await waitFor('the unload', () => r.output().includes('"event":"room-unloaded","room":"plan-unload"'));

    const rows = await storedRows(r.dataDir, 'plan-unload');
    expect(rows).toHaveLength(1);
    expect(rebuild(rows).getText('t').toString()).toBe(expected);

    const fresh = client(r, 'plan-unload');
    await fresh.synced;
    expect(fresh.doc.getText('t').toString()).toBe(expected);
  });

  // PROTOCOL R29
  it('exits 0 on SIGTERM with clients connected, closing them with 1001', async () => {
    const r = await relay({});
    const a = client(r, 'plan-shutdown');
    await a.synced;
    a.doc.getMap('m').set('saved', 'yes');
    const codes: number[] = [];
    a.provider.on('connection-close', (event) => codes.push(event?.code ?? 0));
    const other = client(r, 'plan-shutdown');
    await waitFor('the edit to be relayed', () => other.doc.getMap('m').get('saved') === 'yes');
    await r.stop();
    await waitFor('the close', () => codes.length > 0);
    expect(codes[0]).toBe(CloseCode.goingAway);
    const rows = await storedRows(r.dataDir, 'plan-shutdown');
    expect(rows).toHaveLength(1);
    expect(rebuild(rows).getMap('m').get('saved')).toBe('yes');
  });
});
