/**
 * Receipts under load: a client whose frames keep the relay busy (its queue never empties) still hears, within
 * 100 ms of each commit, what is stored, instead of one receipt when the whole burst is done.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { MessageType } from '@concord/shared/protocol';
import { frame, openRaw, waitFor } from './clients';
import { relayHarness } from './harness';

const harness = relayHarness();
const FRAMES = 3000;

function receiptClock(bytes: Uint8Array, client: number): number {
  const decoder = decoding.createDecoder(bytes);
  decoding.readVarUint(decoder);
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder)).get(client) ?? 0;
}

describe('receipts under load', () => {
  // PROTOCOL R45
  it('covers commits while a burst is still being handled, not only once the queue is empty', async () => {
    const relay = await harness.relay({ env: { CONCORD_RATE_BURST: String(FRAMES * 2), CONCORD_RATE_PER_SEC: '1000' } });
    const raw = openRaw(`${relay.wsUrl}/plan-busy-receipts`);
    const arrivals: { at: number; clock: number }[] = [];
    const source = new Y.Doc();
    raw.ws.on('message', (data: Buffer) => {
      const bytes = new Uint8Array(data);
      if (bytes[0] === MessageType.stored) arrivals.push({ at: performance.now(), clock: receiptClock(bytes, source.clientID) });
    });
    await raw.opened;
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < FRAMES; i++) source.getText('t').insert(0, `edit ${i} with a little more text to store; `);
    const total = Y.getState(source.store, source.clientID);
    const started = performance.now();
    for (const u of updates) raw.ws.send(frame(0, 2, u));
    await waitFor('a receipt covering the whole burst', () => arrivals.some((a) => a.clock === total), 60_000);
    const finished = arrivals.find((a) => a.clock === total)!.at;
    const partial = arrivals.filter((a) => a.clock > 0 && a.clock < total);
    console.info(`${FRAMES} frames handled in ${(finished - started).toFixed(0)} ms; ${partial.length} receipts on the way`);
    expect(partial.length).toBeGreaterThan(1);
    // Receipts arrive while the burst is handled: never a silence much over 100 ms between commits and their receipt.
    const times = [started, ...partial.map((a) => a.at), finished];
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(...gaps)).toBeLessThan(400);
    raw.ws.close();
  });
});
