/**
 * Reads what each replica holds, without going through the code under test: a device's copy straight from its
 * y-indexeddb database (what survives a reload), the server's copy through a Node y-websocket client.
 */
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { planFromDoc, type Plan } from '@concord/shared';
import { connectClient } from '../../relay/clients';

export interface ReplicaCopy {
  name: string;
  plan: Plan;
  /** Base64 of the encoded state vector: equal vectors mean the replicas hold the same insertions and deletions. */
  stateVector: string;
}

/** Must match client/src/data/replica/plan-db-name.ts. */
export const PLAN_DB_PREFIX = 'concord-plan-';
const SERVER_READ_TIMEOUT_MS = 30_000;

/** The device's stored plan: every update y-indexeddb wrote for it, applied to a fresh doc. */
export async function readDeviceCopy(name: string, page: Page, planId: string): Promise<ReplicaCopy> {
  const updates = await page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => done(req.result);
      req.onerror = () => fail(req.error);
    });
    try {
      const store = db.transaction('updates', 'readonly').objectStore('updates');
      const all = await new Promise<Uint8Array[]>((done, fail) => {
        const req = store.getAll();
        req.onsuccess = () => done(req.result as Uint8Array[]);
        req.onerror = () => fail(req.error);
      });
      return all.map((u) => Array.from(u));
    } finally {
      db.close();
    }
  }, PLAN_DB_PREFIX + planId);
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, Uint8Array.from(u));
  return copyOf(name, doc);
}

/** The relay's copy, as a fresh client receives it (with `token` when the plan is registered on the server). */
export async function readServerCopy(wsUrl: string, planId: string, token?: string): Promise<ReplicaCopy> {
  const client = connectClient(wsUrl, planId, token === undefined ? {} : { token });
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`no sync from the relay within ${SERVER_READ_TIMEOUT_MS} ms`)), SERVER_READ_TIMEOUT_MS);
    });
    await Promise.race([client.synced, timeout]).finally(() => clearTimeout(timer));
    return copyOf('server', client.doc);
  } finally {
    client.destroy();
  }
}

function copyOf(name: string, doc: Y.Doc): ReplicaCopy {
  const copy = { name, plan: planFromDoc(doc), stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64') };
  doc.destroy();
  return copy;
}
