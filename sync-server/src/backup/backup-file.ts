import * as Y from 'yjs';
import { isValidRoomId } from '@concord/shared/protocol';
import type { UpdateStore } from '../store/update-store';

/** A backup: every plan's whole Yjs state, so clients that already hold a plan merge with the restored copy. */
export interface BackupFile {
  format: 'concord.backup';
  version: 1;
  createdAt: string;
  plans: { id: string; state: string /* base64 Yjs update v1 */ }[];
}

/** Why a backup file was refused (nothing was restored). */
export class BackupError extends Error {
  constructor(
    readonly reason: 'not-a-backup' | 'unsupported-version' | 'invalid-plan',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Reads every room of `store` into a backup; each plan's rows are merged into one update. */
export async function createBackup(store: UpdateStore, now = new Date()): Promise<BackupFile> {
  const plans: BackupFile['plans'] = [];
  for (const id of await store.listRooms()) {
    const { updates } = await store.load(id);
    plans.push({ id, state: Buffer.from(Y.mergeUpdates(updates)).toString('base64') });
  }
  return { format: 'concord.backup', version: 1, createdAt: now.toISOString(), plans };
}

/**
 * Parses and checks a backup completely (JSON shape, room ids, every state applies to a fresh doc) before anything
 * is written, so a bad file restores nothing.
 * @throws BackupError
 */
export function parseBackup(text: string): { id: string; state: Uint8Array }[] {
  let data: Partial<BackupFile>;
  try {
    data = JSON.parse(text) as Partial<BackupFile>;
  } catch {
    throw new BackupError('not-a-backup', 'not JSON');
  }
  if (data?.format !== 'concord.backup' || !Array.isArray(data.plans)) throw new BackupError('not-a-backup', 'not a Concord backup');
  if (data.version !== 1) throw new BackupError('unsupported-version', `backup version ${String(data.version)} is not supported`);
  return data.plans.map((plan) => {
    if (typeof plan?.id !== 'string' || !isValidRoomId(plan.id) || typeof plan.state !== 'string') {
      throw new BackupError('invalid-plan', `plan ${JSON.stringify(plan?.id)} is malformed`);
    }
    const state = new Uint8Array(Buffer.from(plan.state, 'base64'));
    try {
      Y.applyUpdate(new Y.Doc(), state);
    } catch {
      throw new BackupError('invalid-plan', `plan ${plan.id} holds no valid document`);
    }
    return { id: plan.id, state };
  });
}

/**
 * Appends each plan's state to `store`. On an empty store this recreates every plan; on one that already holds a
 * plan, Yjs merges the two (same history, no duplicates), so a restore never discards newer edits.
 */
export async function restoreBackup(store: UpdateStore, plans: { id: string; state: Uint8Array }[]): Promise<void> {
  for (const plan of plans) await store.append(plan.id, plan.state);
}
