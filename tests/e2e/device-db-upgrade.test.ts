/**
 * The device database (Dexie) upgrades from each earlier version with real data in it, in Chromium's real
 * IndexedDB: for every version the app has shipped, a fresh profile gets the database exactly as that version
 * made it (the same Dexie, the same declarations, from client/src/data/device/device-db-versions.ts) with rows such as
 * that version wrote, then opens today's app. The data must come through unchanged and the app must use it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEVICE_DB_NAME, DEVICE_DB_VERSIONS } from '../../client/src/data/device/device-db-versions';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot } from '../helpers/browser';
import { REPO_ROOT, startRelay, type RunningRelay } from '../helpers/relay';

const UI_TIMEOUT = 30_000;
type Rows = Record<string, Record<string, unknown>[]>;

const tally = (red: number, amber: number, green: number, blue: number, none: number) => ({ red, amber, green, blue, none });

/**
 * What each version of the app kept in each table, in rows of its own shape (later fields absent). A new version
 * adds its entry here; the test fails until it does.
 */
const ROWS_WRITTEN_BY: Record<number, Rows> = {
  1: {
    plans: [
      { id: 'plan-marsh', title: 'Marshland crisis plan', serverUrl: 'wss://concord.example/sync', lastSyncedAt: '2024-02-01T09:00:00.000Z',
        pendingChanges: true, ragCounts: tally(1, 2, 3, 0, 4), actionCount: 10, updatedAt: '2024-02-02T10:00:00.000Z' },
      { id: 'plan-downs', title: 'Downs partnership actions', serverUrl: 'wss://concord.example/sync', lastSyncedAt: null,
        pendingChanges: false, ragCounts: tally(0, 0, 0, 0, 2), actionCount: 2, updatedAt: '2024-01-05T08:30:00.000Z' },
    ],
    settings: [{ key: 'device', value: { displayName: 'Rosa Field', organisation: 'Marsh Police' } }],
  },
  2: {
    plans: [
      { id: 'plan-fen', title: 'Fenland review plan', serverUrl: 'wss://concord.example/sync', lastSyncedAt: '2025-06-01T12:00:00.000Z',
        pendingChanges: false, pendingCount: 0, ragCounts: tally(0, 1, 1, 0, 0), actionCount: 2, updatedAt: '2025-06-01T12:00:00.000Z',
        token: 'header.payload.signature', role: 'owner', refusedReason: null },
    ],
    settings: [{ key: 'device', value: { displayName: 'Ike Moss', organisation: 'Fen Trust' } }],
    actions: [
      { key: 'plan-fen/a1', planId: 'plan-fen', planTitle: 'Fenland review plan', actionId: 'a1', ref: '1.1',
        text: 'Agree a shared out-of-hours number', section: 'Access', leads: ['Fen Trust'], due: '2025-09-30', rag: 'amber',
        lastUpdate: '2025-05-20', needsUpdate: false },
      { key: 'plan-fen/a2', planId: 'plan-fen', planTitle: 'Fenland review plan', actionId: 'a2', ref: '1.2',
        text: 'Map the crisis beds across the county', section: 'Access', leads: ['Fen Council', 'Fen Trust'], due: null,
        rag: 'green', lastUpdate: null, needsUpdate: true },
    ],
  },
  3: {
    plans: [
      { id: 'plan-weald', title: 'Weald crisis plan', serverUrl: 'wss://concord.example/sync', lastSyncedAt: null,
        pendingChanges: true, pendingCount: 3, ragCounts: tally(0, 0, 1, 1, 1), actionCount: 3, updatedAt: '2026-03-01T09:00:00.000Z',
        token: null, role: 'owner', refusedReason: null },
    ],
    settings: [{ key: 'device', value: { displayName: 'Nell Ash', organisation: 'Weald Council' } }],
    actions: [
      { key: 'plan-weald/w1', planId: 'plan-weald', planTitle: 'Weald crisis plan', actionId: 'w1', ref: '2.1',
        text: 'Set up a street triage pilot', section: 'Urgent help', leads: ['Weald Council'], due: '2026-07-31', rag: 'green',
        lastUpdate: '2026-02-20', needsUpdate: false },
    ],
    groups: [
      { id: 'group-weald-board', name: 'Weald partnership board', serverUrl: 'wss://concord.example/sync',
        token: 'header.payload.signature', role: 'editor', memberId: 'member-7', planIds: ['plan-weald'], refusedReason: null,
        updatedAt: '2026-03-01T09:00:00.000Z' },
    ],
  },
};

const LATEST = DEVICE_DB_VERSIONS[DEVICE_DB_VERSIONS.length - 1]!.version;
const DEXIE_SOURCE = readFileSync(createRequire(join(REPO_ROOT, 'client/package.json')).resolve('dexie'), 'utf8');

/** In a page of the app's origin (with none of the app running), makes the database as `version` left it. */
async function makeDatabaseAt(page: Page, version: number, rows: Rows): Promise<void> {
  // Evaluated through the debugger protocol, so the relay's CSP (no inline script) does not apply.
  await page.evaluate(DEXIE_SOURCE);
  const versions = DEVICE_DB_VERSIONS.filter((v) => v.version <= version);
  await page.evaluate(
    async ({ name, versions, rows }) => {
      const Dexie = (globalThis as unknown as { Dexie: new (name: string) => any }).Dexie;
      const db = new Dexie(name);
      for (const v of versions) db.version(v.version).stores(v.stores);
      await db.open();
      for (const [table, list] of Object.entries(rows)) await db.table(table).bulkPut(list);
      db.close();
    },
    { name: DEVICE_DB_NAME, versions, rows },
  );
}

/** The database as the browser holds it now: its IndexedDB version, its stores, and every row of each. */
async function readDatabase(page: Page): Promise<{ idbVersion: number; rows: Rows }> {
  return page.evaluate(
    (name) =>
      new Promise((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, 'readonly');
          const rows: Record<string, unknown[]> = {};
          for (const store of names) {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => (rows[store] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            done({ idbVersion: db.version, rows: rows as Rows });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    DEVICE_DB_NAME,
  );
}

describe('device database upgrades, from each version shipped, in Chromium', () => {
  let relay: RunningRelay;

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
  });

  afterAll(async () => {
    await relay?.stop();
  });

  it('has rows for every version of the database (add them with the version)', () => {
    expect(Object.keys(ROWS_WRITTEN_BY).map(Number)).toEqual(DEVICE_DB_VERSIONS.map((v) => v.version));
  });

  for (const { version } of DEVICE_DB_VERSIONS) {
    it(`opens a version-${version} database with its data: nothing lost or changed, and the app uses it`, async () => {
      const device = await launchDevice(`db-v${version}`);
      try {
        const page = device.page;
        const rows = ROWS_WRITTEN_BY[version]!;
        await page.goto(`${relay.url}/healthz`);
        await makeDatabaseAt(page, version, rows);
        expect((await readDatabase(page)).idbVersion).toBe(version * 10);

        await page.goto(relay.url);
        for (const named of [...rows.plans!.map((p) => p.title), ...(rows.groups ?? []).map((g) => g.name)]) {
          await page.getByRole('link', { name: String(named) }).waitFor({ timeout: UI_TIMEOUT });
        }
        const settings = rows.settings![0]!.value as { displayName: string; organisation: string };
        await expect.poll(() => page.getByLabel('Your name').inputValue(), { timeout: UI_TIMEOUT }).toBe(settings.displayName);
        expect(await page.getByLabel('Organisation').inputValue()).toBe(settings.organisation);
        await screenshot(page, `device-db-from-v${version}`);

        const after = await readDatabase(page);
        expect(after.idbVersion).toBe(LATEST * 10);
        for (const table of Object.keys(ROWS_WRITTEN_BY[LATEST]!)) expect(Object.keys(after.rows)).toContain(table);
        for (const [table, list] of Object.entries(rows)) {
          const byKey = (r: Record<string, unknown>) => String(r.id ?? r.key);
          expect(after.rows[table]!.slice().sort((a, b) => byKey(a).localeCompare(byKey(b))), table).toEqual(
            list.slice().sort((a, b) => byKey(a).localeCompare(byKey(b))),
          );
        }

        // The app writes to the upgraded database, and reads its newest tables.
        await page.getByLabel('Your name').fill(`${settings.displayName} (updated)`);
        await page.getByRole('button', { name: 'Save details' }).click();
        await page.getByText('Saved.').waitFor({ timeout: UI_TIMEOUT });
        expect((await readDatabase(page)).rows.settings![0]).toMatchObject({ value: { displayName: `${settings.displayName} (updated)` } });
        if (rows.actions) {
          await page.goto(`${relay.url}/#/my-actions`);
          for (const action of rows.actions) {
            await page.getByText(String(action.text)).first().waitFor({ timeout: UI_TIMEOUT });
          }
        }
      } finally {
        await device.close();
      }
    });
  }
});
