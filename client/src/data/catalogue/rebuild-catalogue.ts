import { deviceDb } from '../device/device-db';
import { PLAN_DB_PREFIX } from '../replica/plan-db-name';
import { readStoredAccess } from '../sharing/stored-access';

/**
 * The catalogue is a view of the plan docs, so it can be rebuilt: any plan stored on this device (a y-indexeddb
 * database) without a catalogue row gets one, e.g. after the browser cleared the catalogue but not the docs.
 * Loads the Yjs half of the app only when something is actually missing. Returns the ids it restored.
 */
export async function rebuildCatalogue(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return [];
  const names = (await indexedDB.databases()).map((d) => d.name ?? '');
  const ids = names.filter((n) => n.startsWith(PLAN_DB_PREFIX)).map((n) => n.slice(PLAN_DB_PREFIX.length));
  const rows = await deviceDb.plans.toArray();
  const known = new Set(rows.map((row) => row.id));
  // A row can come back without its access too: a plan open while the catalogue was deleted rewrites its row from
  // the doc, which holds no token. Take access from the copy beside the doc wherever a row has none.
  const bare = rows.filter((row) => (!row.token || !row.role) && ids.includes(row.id)).map((row) => row.id);
  await Promise.all(bare.map(restoreAccess));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return [];
  const { restoreCatalogueRow } = await import('./restore-row');
  const restored: string[] = [];
  for (const id of missing) if (await restoreCatalogueRow(id)) restored.push(id);
  return restored;
}

/** Fills in the token and role a row lacks from the copy kept beside the plan's doc; never replaces one it has. */
async function restoreAccess(planId: string): Promise<void> {
  const access = await readStoredAccess(planId).catch(() => null);
  if (!access) return;
  await deviceDb.transaction('rw', deviceDb.plans, async () => {
    const row = await deviceDb.plans.get(planId);
    if (!row) return;
    const patch = { token: row.token || access.token, role: row.role || access.role };
    if (patch.token !== row.token || patch.role !== row.role) await deviceDb.plans.put({ ...row, ...patch });
  });
}
