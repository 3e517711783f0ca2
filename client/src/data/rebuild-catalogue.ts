import { deviceDb } from './device-db';
import { PLAN_DB_PREFIX } from './plan-db-name';

/**
 * The catalogue is a view of the plan docs, so it can be rebuilt: any plan stored on this device (a y-indexeddb
 * database) without a catalogue row gets one, e.g. after the browser cleared the catalogue but not the docs.
 * Loads the Yjs half of the app only when something is actually missing. Returns the ids it restored.
 */
export async function rebuildCatalogue(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return [];
  const names = (await indexedDB.databases()).map((d) => d.name ?? '');
  const ids = names.filter((n) => n.startsWith(PLAN_DB_PREFIX)).map((n) => n.slice(PLAN_DB_PREFIX.length));
  const known = new Set(await deviceDb.plans.toCollection().primaryKeys());
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return [];
  const { restoreCatalogueRow } = await import('./restore-row');
  const restored: string[] = [];
  for (const id of missing) if (await restoreCatalogueRow(id)) restored.push(id);
  return restored;
}
