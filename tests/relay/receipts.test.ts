/**
 * Durable receipts on a real relay: MessageType.stored carries the state vector of what the relay has committed, once
 * after the first sync and after each batch of the client's updates, and it never covers a change before the store
 * holds it.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from '@concord/shared/protocol';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, frame, openRaw, storedRows, waitFor, type SyncClient } from './clients';

let relay: RunningRelay;
const clients: SyncClient[] = [];

beforeAll(async () => {
  relay = await startRelay();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await relay?.kill();
});

/** A provider that records every receipt it gets. */
function receiving(room: string) {
  const c = connectClient(relay.wsUrl, room);
  clients.push(c);
  const receipts: Map<number, number>[] = [];
  c.provider.messageHandlers[MessageType.stored] = (_encoder, decoder) => {
    receipts.push(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
  };
  return { ...c, receipts };
}

describe('stored receipts', () => {
  // PROTOCOL R22
  it('sends one after the first sync, covering what the relay already holds', async () => {
    const writer = receiving('plan-receipts-1');
    await writer.synced;
    writer.doc.getText('t').insert(0, 'already there');
    await waitFor('a receipt for the edit', () => (writer.receipts.at(-1)?.get(writer.doc.clientID) ?? 0) > 0);
    const reader = receiving('plan-receipts-1');
    await waitFor('the reader\'s first receipt', () => reader.receipts.length > 0);
    expect(reader.receipts[0]!.get(writer.doc.clientID)).toBe(13);
  });

  // PROTOCOL R22
  it('covers each of a client\'s edits after it is stored, and the rows hold exactly what was covered', async () => {
    const c = receiving('plan-receipts-2');
    await c.synced;
    await waitFor('the first-sync receipt', () => c.receipts.length > 0);
    const afterSync = c.receipts.length;
    // 25 edits, 25 frames sent in one turn of this process's event loop: a burst.
    for (let i = 0; i < 25; i++) c.doc.getMap('m').set(`k${i}`, i);
    const clock = Y.getState(c.doc.store, c.doc.clientID);
    await waitFor('a receipt covering every edit', () => c.receipts.some((r) => r.get(c.doc.clientID) === clock));
    // One receipt per batch of frames the relay handled, not one per frame (which would be 25).
    expect(c.receipts.length - afterSync).toBeLessThan(25);
    await relay.kill();
    const rebuilt = new Y.Doc();
    for (const row of await storedRows(relay.dataDir, 'plan-receipts-2')) Y.applyUpdate(rebuilt, row);
    expect(Y.getState(rebuilt.store, c.doc.clientID)).toBe(clock);
    relay = await startRelay({ dataDir: relay.dataDir });
  });

  // PROTOCOL R21 R23
  it('sends no receipt covering an update the relay refused', async () => {
    const raw = openRaw(`${relay.wsUrl}/plan-receipts-3`);
    await raw.opened;
    const source = new Y.Doc();
    source.getText('t').insert(0, 'one ');
    const sv = Y.encodeStateVector(source);
    source.getText('t').insert(4, 'two');
    raw.ws.send(frame(0, 2, Y.encodeStateAsUpdate(source, sv))); // builds on content the relay lacks: dropped
    raw.ws.send(frame(0, 0, new Uint8Array([0]))); // a sync step 1, to get the first-sync receipt
    await waitFor('a receipt', () => raw.frames.some((f) => f[0] === MessageType.stored));
    const receipt = raw.frames.find((f) => f[0] === MessageType.stored)!;
    const decoder = decoding.createDecoder(receipt);
    decoding.readVarUint(decoder);
    expect(Y.decodeStateVector(decoding.readVarUint8Array(decoder)).get(source.clientID)).toBeUndefined();
    raw.ws.close();
  });
});
