import * as idb from 'lib0/indexeddb';
import { isRole } from '@concord/shared/protocol';
import type { PlanRole } from '../device/device-db';
import { PLAN_DB_PREFIX } from '../replica/plan-db-name';

/** This device's access to a plan, as the catalogue row holds it. */
export interface PlanAccess {
  token: string | null;
  role: PlanRole | null;
}

/** y-indexeddb's own object stores; a database created here must match, so the doc can open it later. */
const CUSTOM_STORE = 'custom';
const ACCESS_KEY = 'concord-access';

function openPlanDb(planId: string): Promise<IDBDatabase> {
  return idb.openDB(PLAN_DB_PREFIX + planId, (db) => idb.createStores(db, [['updates', { autoIncrement: true }], [CUSTOM_STORE]]));
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((done, fail) => {
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
}

/**
 * Keeps a copy of the plan's access beside its doc (in the plan's own y-indexeddb database), because the catalogue
 * is a rebuildable view and a token lost with it cannot be got back (an owner's least of all). Resolves once stored.
 */
export async function storeAccess(planId: string, access: PlanAccess): Promise<void> {
  const db = await openPlanDb(planId);
  try {
    const tx = db.transaction(CUSTOM_STORE, 'readwrite');
    tx.objectStore(CUSTOM_STORE).put({ token: access.token, role: access.role }, ACCESS_KEY);
    await finished(tx);
  } finally {
    db.close();
  }
}

/** The access stored beside a plan's doc, or null when none was (or it is not one this app wrote). */
export async function readStoredAccess(planId: string): Promise<PlanAccess | null> {
  const db = await openPlanDb(planId);
  try {
    const [store] = idb.transact(db, [CUSTOM_STORE], 'readonly');
    return accessOf(await idb.get(store!, ACCESS_KEY));
  } finally {
    db.close();
  }
}

function accessOf(value: unknown): PlanAccess | null {
  if (typeof value !== 'object' || value === null) return null;
  const { token, role } = value as Record<string, unknown>;
  if (role !== null && !isRole(role)) return null;
  if (token === null || typeof token === 'string') return { token, role };
  return null;
}
