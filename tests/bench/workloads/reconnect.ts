import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import type { Scale } from '../bench-config';
import { openClient } from '../clients/bench-client';
import type { ReceiptTracker } from '../clients/receipts';
import { waitCovered, withTimeout } from '../clients/wait-covered';
import type { ContenderName } from '../contenders';
import { editText, findTexts, prng, replicaOf } from '../plan-doc';
import { startServer, type ServerHandle } from '../server-process';
import { median, round } from '../stats';

export type ReceiptState = 'present' | 'missing' | 'not-applicable';

export type ReconnectRun = { mergedMs: number; ackedMs: number | null; offlineUpdateBytes: number };

export type ReconnectResult = {
  /** Concord with receipts: until acknowledged as stored; otherwise until merged (a second client has it). */
  reconnectMs: number | null;
  mergedMs: number | null;
  ackedMs: number | null;
  receipt: ReceiptState;
  /** Encoded size of the plan doc already on the server. */
  docBytes: number;
  runs: ReconnectRun[];
};

const MERGE_TIMEOUT_MS = 30_000;
const RECEIPT_TIMEOUT_MS = 10_000;
const FIRST_RECEIPT_GRACE_MS = 2_000;

/**
 * Workload 3: the plan doc is on the server (stored, and unloaded since its clients left); a client that has been
 * offline for a week with `offlineEdits` local edits reconnects. Time from connect until a second client has all
 * of them, and for Concord until a receipt covers them.
 */
export async function runReconnect(name: ContenderName, scale: Scale, base: Y.Doc): Promise<ReconnectResult> {
  const server = await startServer(name);
  const runs: ReconnectRun[] = [];
  let receipt: ReceiptState = name === 'concord' ? 'missing' : 'not-applicable';
  try {
    for (let i = 0; i < scale.reconnect.repeats; i++) {
      const room = `week-${i}`;
      await seedRoom(server, room, base);
      const run = await reconnectOnce(server, room, base, scale.reconnect.offlineEdits, 1000 + i);
      if (run.ackedMs !== null) receipt = 'present';
      runs.push(run);
    }
  } finally {
    await server.stop();
  }
  const mergedMs = round(median(runs.map((r) => r.mergedMs)), 1);
  const acked = runs.map((r) => r.ackedMs).filter((ms): ms is number => ms !== null);
  const ackedMs = acked.length === runs.length && runs.length > 0 ? round(median(acked), 1) : null;
  const docBytes = Y.encodeStateAsUpdate(base).length;
  return { reconnectMs: receipt === 'present' ? ackedMs : mergedMs, mergedMs, ackedMs, receipt, docBytes, runs };
}

/** Puts the base doc on the server, waits until another client has it, then leaves so the server can unload it. */
export async function seedRoom(server: ServerHandle, room: string, base: Y.Doc): Promise<void> {
  const seeder = openClient(server.endpoint, room, { doc: replicaOf(base) });
  const peer = openClient(server.endpoint, room);
  const sv = Y.decodeStateVector(Y.encodeStateVector(base));
  try {
    await waitCovered(peer.doc, sv, MERGE_TIMEOUT_MS);
    if (seeder.receipts.seen) await withTimeout(seeder.receipts.whenCovers(sv), RECEIPT_TIMEOUT_MS, 'seed receipt');
  } finally {
    seeder.destroy();
    peer.destroy();
  }
  // Long enough for a debounced store (Hocuspocus stores when the last client leaves) to finish.
  await sleep(1_500);
}

async function reconnectOnce(
  server: ServerHandle,
  room: string,
  base: Y.Doc,
  edits: number,
  seed: number,
): Promise<ReconnectRun> {
  const offline = replicaOf(base);
  const texts = findTexts(offline);
  const random = prng(seed);
  for (let i = 0; i < edits; i++) editText(texts, random);
  const offlineUpdateBytes = Y.encodeStateAsUpdate(offline, Y.encodeStateVector(base)).length;
  const sv = Y.decodeStateVector(Y.encodeStateVector(offline));

  const peer = openClient(server.endpoint, room);
  const client = openClient(server.endpoint, room, { doc: offline, connect: false });
  try {
    // The stock relay answers the first sync before its LevelDB load finishes and sends the stored doc after it:
    // wait for the peer to have it, so the clock starts with the doc loaded on every contender.
    await withTimeout(peer.whenSynced(), MERGE_TIMEOUT_MS, 'peer sync');
    await waitCovered(peer.doc, Y.decodeStateVector(Y.encodeStateVector(base)), MERGE_TIMEOUT_MS).catch(() => {
      throw new Error('the server no longer has the base document');
    });
    const t0 = performance.now();
    client.connect();
    await waitCovered(peer.doc, sv, MERGE_TIMEOUT_MS);
    const mergedMs = performance.now() - t0;
    const ackedMs = server.name === 'concord' ? await timeReceipt(client.receipts, sv, t0) : null;
    return { mergedMs: round(mergedMs, 1), ackedMs: ackedMs === null ? null : round(ackedMs, 1), offlineUpdateBytes };
  } finally {
    client.destroy();
    peer.destroy();
  }
}

async function timeReceipt(receipts: ReceiptTracker, sv: Map<number, number>, t0: number): Promise<number | null> {
  // A relay that sends receipts sends one after the first sync; give a late first one a moment before calling
  // receipts missing, and a relay that does send them the full timeout to cover these edits.
  const covered = receipts.whenCovers(sv).then(() => performance.now() - t0);
  try {
    return await withTimeout(covered, receipts.seen ? RECEIPT_TIMEOUT_MS : FIRST_RECEIPT_GRACE_MS, 'receipt');
  } catch {
    if (!receipts.seen) return null;
    throw new Error(`receipts arrive but none covered the offline edits within ${RECEIPT_TIMEOUT_MS} ms`);
  }
}
