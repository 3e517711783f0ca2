import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import type { Scale } from '../bench-config';
import { openClient, type BenchClient } from '../clients/bench-client';
import { withTimeout } from '../clients/wait-covered';
import type { ContenderName } from '../contenders';
import { startServer, type ServerHandle } from '../server-process';

export type SigkillResult = {
  /** Acknowledged updates missing after the restart. */
  ackedLost: number;
  acked: number;
  sent: number;
  /** Updates (acknowledged or not) the restarted server still had. */
  restored: number;
  /** What counted as acknowledged: a Concord receipt, or a peer having received it. */
  ackBasis: 'receipt' | 'peer';
};

type Writer = { client: BenchClient; room: number; key: string; clocks: number[]; peerSeen: number };

const TICK_MS = 5;
const CHECK_TIMEOUT_MS = 30_000;

/**
 * Workload 4: clients write; the server is killed with SIGKILL mid-stream and restarted on the same data. Counts
 * updates that had been acknowledged before the kill and are missing afterwards. Writers are destroyed before the
 * restart so they cannot quietly re-send what the server lost.
 */
export async function runSigkill(name: ContenderName, scale: Scale): Promise<SigkillResult> {
  const cfg = scale.sigkill;
  const server = await startServer(name);
  const writers = await openWriters(server, cfg.rooms, cfg.clientsPerRoom);
  await writeUntil(writers, cfg.ratePerSec, cfg.killAfterMs);
  const writing = writeUntil(writers, cfg.ratePerSec, 200);
  await server.kill9();
  await writing;
  // Acknowledgements the server sent before it died may still be in our socket buffers: let them land.
  await sleep(300);
  const useReceipts = writers.some((w) => w.client.receipts.seen);
  const ackedClock = writers.map((w) => (useReceipts ? receiptClock(w) : peerClock(w)));
  for (const w of writers) w.client.destroy();

  const restarted = await startServer(name, { port: server.port, dataDir: server.dataDir });
  try {
    const restoredClock = await readBackClocks(restarted, writers, cfg.rooms);
    let acked = 0;
    let ackedLost = 0;
    let restored = 0;
    writers.forEach((w, i) => {
      for (const clock of w.clocks) {
        const isAcked = clock <= ackedClock[i]!;
        const isRestored = clock <= restoredClock[i]!;
        if (isAcked) acked++;
        if (isRestored) restored++;
        if (isAcked && !isRestored) ackedLost++;
      }
    });
    const sent = writers.reduce((n, w) => n + w.clocks.length, 0);
    return { ackedLost, acked, sent, restored, ackBasis: useReceipts ? 'receipt' : 'peer' };
  } finally {
    await restarted.stop();
  }
}

async function openWriters(server: ServerHandle, rooms: number, perRoom: number): Promise<Writer[]> {
  const writers: Writer[] = [];
  for (let room = 0; room < rooms; room++) {
    for (let i = 0; i < perRoom; i++) {
      const client = openClient(server.endpoint, `kill-${room}`);
      writers.push({ client, room, key: `w${i}`, clocks: [], peerSeen: 0 });
    }
  }
  await withTimeout(Promise.all(writers.map((w) => w.client.whenSynced())), CHECK_TIMEOUT_MS, 'writers sync');
  for (const w of writers) watchPeers(w, writers);
  return writers;
}

/** Records, for each writer, the highest own clock any peer in its room has received. */
function watchPeers(peer: Writer, writers: Writer[]): void {
  const byKey = new Map(writers.filter((w) => w.room === peer.room).map((w) => [w.key, w]));
  const seq = peer.client.doc.getMap<number>('seq');
  seq.observe((event) => {
    if (event.transaction.local) return;
    for (const key of event.keysChanged) {
      const writer = byKey.get(key);
      const n = seq.get(key) ?? 0;
      if (writer && n > writer.peerSeen) writer.peerSeen = n;
    }
  });
}

async function writeUntil(writers: Writer[], ratePerSec: number, ms: number): Promise<void> {
  const t0 = performance.now();
  let sent = 0;
  let next = 0;
  for (let now = t0; now - t0 < ms; now = performance.now()) {
    const due = Math.floor(((now - t0) / 1000) * ratePerSec) - sent;
    for (let i = 0; i < due; i++) {
      writeOne(writers[next]!);
      next = (next + 1) % writers.length;
    }
    sent += Math.max(0, due);
    await sleep(TICK_MS);
  }
}

function writeOne(w: Writer): void {
  const doc = w.client.doc;
  doc.transact(() => {
    const text = doc.getText(w.key);
    text.insert(text.length, 'x');
    doc.getMap<number>('seq').set(w.key, w.clocks.length + 1);
  });
  w.clocks.push(Y.getState(doc.store, doc.clientID));
}

function receiptClock(w: Writer): number {
  return w.client.receipts.stored.get(w.client.doc.clientID) ?? 0;
}

function peerClock(w: Writer): number {
  return w.peerSeen === 0 ? 0 : w.clocks[w.peerSeen - 1]!;
}

/** A fresh client per room reads back what the restarted server has; returns each writer's restored clock. */
async function readBackClocks(server: ServerHandle, writers: Writer[], rooms: number): Promise<number[]> {
  const checkers = Array.from({ length: rooms }, (_, room) => openClient(server.endpoint, `kill-${room}`));
  try {
    await withTimeout(Promise.all(checkers.map((c) => c.whenSynced())), CHECK_TIMEOUT_MS, 'read back');
    return writers.map((w) => Y.getState(checkers[w.room]!.doc.store, w.client.doc.clientID));
  } finally {
    for (const c of checkers) c.destroy();
  }
}
