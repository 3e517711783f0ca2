import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import type { Scale } from '../bench-config';
import { openClient } from '../clients/bench-client';
import { countingWebSocket } from '../clients/counting-websocket';
import { waitCovered, withTimeout } from '../clients/wait-covered';
import type { ContenderName } from '../contenders';
import { editText, findTexts, prng, replicaOf } from '../plan-doc';
import { startServer, type ServerHandle } from '../server-process';
import { round } from '../stats';
import { seedRoom } from './reconnect';

export type WireResult = {
  /** Bytes the lead's socket sent / received (TCP payload: upgrade, framing, every message) until both sides had everything. */
  sentBytes: number;
  receivedBytes: number;
  /** The smallest Yjs updates that carry the difference: lead -> server and server -> lead. */
  minimalUpBytes: number;
  minimalDownBytes: number;
  upRatio: number;
  downRatio: number;
  leadEdits: number;
  serverEdits: number;
  docBytes: number;
};

const TIMEOUT_MS = 30_000;
/** After both sides have everything, frames still in flight (a receipt, presence) get this long to be counted. */
const TRAILING_MS = 500;

/**
 * Workload: bytes on the wire when a lead comes back after a week offline. The plan doc is on the server; while
 * the lead was away others made `serverEdits` edits there; the lead made `offlineEdits` of its own. The lead
 * reconnects through a socket that counts bytes; we stop once the lead has the others' edits, the server has the
 * lead's (for Concord: a stored receipt covers them) and trailing frames had time to land.
 */
export async function runWire(name: ContenderName, scale: Scale, base: Y.Doc): Promise<WireResult> {
  const cfg = scale.wire;
  const server = await startServer(name);
  try {
    await seedRoom(server, 'week-wire', base);
    const others = await editOnServer(server, base, cfg.serverEdits);
    const lead = replicaOf(base);
    const texts = findTexts(lead);
    const random = prng(99);
    for (let i = 0; i < cfg.offlineEdits; i++) editText(texts, random);
    const minimalUpBytes = Y.encodeStateAsUpdate(lead, Y.encodeStateVector(others)).length;
    const minimalDownBytes = Y.encodeStateAsUpdate(others, Y.encodeStateVector(lead)).length;
    const { sentBytes, receivedBytes } = await reconnectCounting(server, lead, others);
    return {
      sentBytes,
      receivedBytes,
      minimalUpBytes,
      minimalDownBytes,
      upRatio: round(sentBytes / minimalUpBytes, 3),
      downRatio: round(receivedBytes / minimalDownBytes, 3),
      leadEdits: cfg.offlineEdits,
      serverEdits: cfg.serverEdits,
      docBytes: Y.encodeStateAsUpdate(base).length,
    };
  } finally {
    await server.stop();
  }
}

/** Another member edits the plan on the server while the lead is away; returns their copy once it is stored. */
async function editOnServer(server: ServerHandle, base: Y.Doc, edits: number): Promise<Y.Doc> {
  const doc = replicaOf(base);
  const member = openClient(server.endpoint, 'week-wire', { doc });
  const check = openClient(server.endpoint, 'week-wire');
  try {
    await withTimeout(member.whenSynced(), TIMEOUT_MS, 'member sync');
    const texts = findTexts(doc);
    const random = prng(77);
    for (let i = 0; i < edits; i++) editText(texts, random);
    await waitCovered(check.doc, Y.decodeStateVector(Y.encodeStateVector(doc)), TIMEOUT_MS);
    return replicaOf(doc);
  } finally {
    member.destroy();
    check.destroy();
    // Long enough for a debounced store to finish (Hocuspocus stores 2 s after the last change).
    await sleep(2_500);
  }
}

async function reconnectCounting(server: ServerHandle, lead: Y.Doc, others: Y.Doc): Promise<{ sentBytes: number; receivedBytes: number }> {
  const counting = countingWebSocket();
  const client = openClient(server.endpoint, 'week-wire', { doc: lead, WebSocket: counting.WebSocket });
  const peer = openClient(server.endpoint, 'week-wire');
  try {
    const leadSv = Y.decodeStateVector(Y.encodeStateVector(lead));
    await waitCovered(lead, Y.decodeStateVector(Y.encodeStateVector(others)), TIMEOUT_MS);
    await waitCovered(peer.doc, leadSv, TIMEOUT_MS);
    if (server.name === 'concord') await withTimeout(client.receipts.whenCovers(leadSv), TIMEOUT_MS, 'receipt');
    await sleep(TRAILING_MS);
    const { sent, received } = counting.bytes();
    return { sentBytes: sent, receivedBytes: received };
  } finally {
    client.destroy();
    peer.destroy();
  }
}
