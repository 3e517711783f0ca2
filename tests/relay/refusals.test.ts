/**
 * A bad client is refused on its own: malformed frames close only that connection with a named code, nothing it
 * sent is stored, and the other clients of the room carry on. Invalid room ids and oversize frames are refused.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { SqliteUpdateStore } from '@concord/sync-server';
import { checkUpdate } from '@concord/sync-server';
import { join } from 'node:path';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, frame, openRaw, waitFor, type SyncClient } from './clients';

const ROOM = 'plan-refusals';

function realUpdate(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('action').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

const garbage = Uint8Array.from({ length: 40 }, (_, i) => (i * 97 + 13) % 251);
const truncated = realUpdate('never', 'stored').subarray(0, 12);

describe('malformed frames', () => {
  let relay: RunningRelay;
  let a: SyncClient;
  let b: SyncClient;

  beforeAll(async () => {
    relay = await startRelay();
    a = connectClient(relay.wsUrl, ROOM);
    b = connectClient(relay.wsUrl, ROOM);
    await Promise.all([a.synced, b.synced]);
  });

  afterAll(async () => {
    a?.destroy();
    b?.destroy();
    await relay?.kill();
  });

  // PROTOCOL R14 R15 R17
  it.each([
    ['garbage update bytes', frame(0, 2, garbage), CloseReason.malformedUpdate],
    ['a truncated update', frame(0, 2, truncated), CloseReason.malformedUpdate],
    ['a truncated sync step 2', frame(0, 1, truncated), CloseReason.malformedUpdate],
    ['an empty update', frame(0, 2, new Uint8Array()), CloseReason.malformedUpdate],
    ['a garbage state vector', frame(0, 0, Uint8Array.of(5, 200, 200)), CloseReason.malformedMessage],
    ['an unknown sync step', frame(0, 9, realUpdate('x', 'y')), CloseReason.unknownMessage],
    ['an unknown message type', frame(7, null, garbage), CloseReason.unknownMessage],
    ['a frame cut inside its header', Uint8Array.of(0, 2, 50, 1, 2), CloseReason.malformedMessage],
    ['awareness that is not JSON', frame(1, null, Uint8Array.of(1, 42, 1, 3, 0x7b, 0x7b, 0x7b)), CloseReason.malformedAwareness],
  ])('closes a connection that sends %s with 4400, and only that one', async (label, bad, reason) => {
    const raw = openRaw(`${relay.wsUrl}/${ROOM}`);
    await raw.opened;
    // A valid update first: it must be kept even though the same connection misbehaves later.
    raw.ws.send(frame(0, 2, realUpdate(`before ${label}`, 'kept')));
    raw.ws.send(bad);
    expect(await raw.closed).toEqual({ code: CloseCode.badRequest, reason });
    await waitFor('the valid update to reach b', () => b.doc.getMap('action').get(`before ${label}`) === 'kept');

    a.doc.getMap('action').set(`after ${label}`, 'still working');
    await waitFor('a later edit to reach b', () => b.doc.getMap('action').get(`after ${label}`) === 'still working');
  });

  // PROTOCOL R17
  it('stored only valid updates, which rebuild exactly what the clients hold', async () => {
    await relay.kill(); // no shutdown compaction: the rows are exactly what was appended
    const store = new SqliteUpdateStore(join(relay.dataDir, 'concord.db'));
    try {
      const { updates } = await store.load(ROOM);
      expect(updates.length).toBeGreaterThanOrEqual(18);
      for (const update of updates) expect(checkUpdate(update).ok).toBe(true);
      const rebuilt = new Y.Doc();
      for (const update of updates) Y.applyUpdate(rebuilt, update);
      expect(rebuilt.getMap('action').toJSON()).toEqual(b.doc.getMap('action').toJSON());
      expect(Object.keys(rebuilt.getMap('action').toJSON())).not.toContain('never');
    } finally {
      await store.close();
    }
  });
});

describe('refused connections', () => {
  let relay: RunningRelay;

  beforeAll(async () => {
    relay = await startRelay({ env: { CONCORD_MAX_MESSAGE_BYTES: '4096' } });
  });

  afterAll(async () => {
    await relay?.stop();
  });

  // PROTOCOL R2
  it.each([
    ['with a space', 'bad%20id'],
    ['too long', 'x'.repeat(65)],
    ['with a dot', 'plan.v2'],
    ['empty', ''],
    ['with a nested path', 'plan/extra'],
  ])('refuses a room id %s with 4400 invalid-room', async (_label, room) => {
    const raw = openRaw(`${relay.wsUrl}/${room}`);
    expect(await raw.closed).toEqual({ code: CloseCode.badRequest, reason: CloseReason.invalidRoom });
  });

  // PROTOCOL R1
  it('answers 404 to a WebSocket upgrade outside /sync/', async () => {
    const raw = openRaw(`${relay.url.replace('http', 'ws')}/elsewhere/plan-1`);
    await expect(raw.opened).rejects.toThrow(/404/);
  });

  // PROTOCOL R2 R28
  it('stops a y-websocket provider from retrying an invalid room', async () => {
    const c = connectClient(relay.wsUrl, 'not valid!');
    const codes: number[] = [];
    c.provider.on('connection-close', (event) => codes.push(event?.code ?? 0));
    // y-websocket emits 'closed' for a close it treats as final, after it has stopped reconnecting.
    let final: number | null = null;
    c.provider.once('closed', (event) => (final = event.code));
    await waitFor('a close y-websocket treats as final', () => final !== null);
    expect(final).toBe(CloseCode.badRequest);
    expect(c.provider.shouldConnect).toBe(false);
    c.destroy();
    expect(codes).toEqual([CloseCode.badRequest]);
  });

  // PROTOCOL R26
  it('closes a connection whose frame exceeds the size limit with 4413', async () => {
    const raw = openRaw(`${relay.wsUrl}/plan-big`);
    await raw.opened;
    raw.ws.send(frame(0, 2, new Uint8Array(5000)));
    expect(await raw.closed).toEqual({ code: CloseCode.tooLarge, reason: CloseReason.messageTooLarge });
  });

  // PROTOCOL R10
  it('closes a connection that sends a text frame', async () => {
    const raw = openRaw(`${relay.wsUrl}/plan-text`);
    await raw.opened;
    raw.ws.send('hello');
    expect(await raw.closed).toEqual({ code: CloseCode.badRequest, reason: CloseReason.malformedMessage });
  });

  // PROTOCOL R5
  it('refuses a token it cannot verify with 4401, even for a room that needs none', async () => {
    const raw = openRaw(`${relay.wsUrl}/plan-token?token=anything`);
    expect(await raw.closed).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
  });
});
