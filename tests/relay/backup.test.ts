/**
 * `concord backup` and `concord restore`: plans written through a real relay, backed up, restored into an empty
 * data dir (and into PostgreSQL), and read by fresh clients of a fresh relay: identical documents.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresUpdateStore } from '@concord/sync-server/postgres-store';
import { SqliteUpdateStore } from '@concord/sync-server';
import { requirePostgres, testStoreUrl, uniqueSchema } from '@concord/sync-server/test-postgres';
import { runConcord, type RunningRelay } from '../helpers/relay';
import { waitFor } from './clients';
import { relayHarness } from './harness';

const postgres = await requirePostgres('backup and restore into PostgreSQL');
const { relay, client } = relayHarness();
const dir = mkdtempSync(join(tmpdir(), 'concord-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLANS = ['plan-backup-a', 'plan-backup-b', 'plan-backup-c'];

/** Writes distinct content into each plan through a relay; returns each plan's state as the writer holds it. */
async function writePlans(r: RunningRelay): Promise<Map<string, Y.Doc>> {
  const docs = new Map<string, Y.Doc>();
  for (const [n, plan] of PLANS.entries()) {
    const c = client(r, plan);
    await c.synced;
    for (let i = 0; i <= n * 5; i++) c.doc.getText('t').insert(0, `${plan}:${i};`);
    c.doc.getMap('m').set('title', `Plan ${n}`);
    c.doc.getText('t').delete(0, 3);
    const check = client(r, plan);
    await waitFor(`${plan} to be relayed`, () => check.doc.getText('t').toString() === c.doc.getText('t').toString());
    docs.set(plan, c.doc);
  }
  return docs;
}

async function expectIdentical(r: RunningRelay, originals: Map<string, Y.Doc>): Promise<void> {
  for (const [plan, original] of originals) {
    const fresh = client(r, plan);
    await fresh.synced;
    expect(fresh.doc.getText('t').toString()).toBe(original.getText('t').toString());
    expect(fresh.doc.getMap('m').toJSON()).toEqual(original.getMap('m').toJSON());
    expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(original));
  }
}

describe('concord backup / restore', () => {
  let originals: Map<string, Y.Doc>;
  const file = join(dir, 'backup.json');

  it('backs up every plan and restores them into an empty data dir, identical for a fresh client', async () => {
    const source = await relay({ env: { CONCORD_COMPACT_AFTER_ROWS: '3' } });
    originals = await writePlans(source);
    await source.stop();
    const backup = await runConcord('backup', '--data', source.dataDir, '--out', file);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toContain('backed up 3 plans');

    const target = join(dir, 'restored');
    const restore = await runConcord('restore', '--data', target, '--in', file);
    expect(restore.code, restore.stderr).toBe(0);
    await expectIdentical(await relay({ dataDir: target }), originals);
  });

  it.skipIf(!postgres)('restores the same backup into PostgreSQL', async () => {
    const url = testStoreUrl(uniqueSchema('restore'));
    try {
      const restore = await runConcord('restore', '--store', url, '--in', file);
      expect(restore.code, restore.stderr).toBe(0);
      await expectIdentical(await relay({ args: ['--store', url] }), originals);
      const again = await runConcord('backup', '--store', url, '--out', join(dir, 'from-pg.json'));
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).toContain('backed up 3 plans');
    } finally {
      const admin = await PostgresUpdateStore.open(url);
      await admin.dropSchema();
      await admin.close();
    }
  });

  it('refuses a damaged backup with exit 2 and restores nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'concord.backup', version: 1, plans: [
      { id: 'plan-fine', state: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64') },
      { id: 'plan-broken', state: Buffer.from([1, 2, 3, 250, 250]).toString('base64') },
    ] }));
    const target = join(dir, 'untouched');
    const run = await runConcord('restore', '--data', target, '--in', bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plan-broken');
    const store = new SqliteUpdateStore(join(target, 'concord.db'));
    expect(await store.listRooms()).toEqual([]);
    await store.close();
  });
});
