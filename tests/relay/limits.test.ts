/**
 * Limits on a real relay: per-connection rate, document size, slow readers, the Origin allow-list, and nothing
 * accepted before admission. Each closes only the offending connection with a named code; the room carries on.
 */
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, frame, openRaw, storedRows, waitFor, type SyncClient } from './clients';

function update(key: string, bytes: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, 'x'.repeat(bytes));
  return Y.encodeStateAsUpdate(doc);
}

const clients: SyncClient[] = [];
afterAll(() => {
  for (const c of clients) c.destroy();
});

describe('tight limits', () => {
  let relay: RunningRelay;
  beforeAll(async () => {
    relay = await startRelay({
      env: {
        CONCORD_RATE_PER_SEC: '5',
        CONCORD_RATE_BURST: '10',
        CONCORD_MAX_DOCUMENT_BYTES: '3000',
        CONCORD_ALLOWED_ORIGINS: 'https://intranet.example',
      },
    });
  });
  afterAll(async () => {
    await relay?.kill();
  });

  // PROTOCOL R27
  it('closes a connection that exceeds its message rate with 1013 (y-websocket retries after backoff)', async () => {
    const raw = openRaw(`${relay.wsUrl}/plan-rate`);
    await raw.opened;
    for (let i = 0; i < 30; i++) raw.ws.send(Uint8Array.of(3)); // query awareness: cheap, valid, and still counted
    expect(await raw.closed).toEqual({ code: CloseCode.tryAgainLater, reason: CloseReason.rateLimited });
    const calm = openRaw(`${relay.wsUrl}/plan-rate`);
    await calm.opened;
    calm.ws.send(Uint8Array.of(3));
    await waitFor('an answer on a calm connection', () => calm.frames.length > 1);
    calm.ws.close();
  });

  // PROTOCOL R26
  it('refuses updates past the document size limit with 4413 and stores none of them', async () => {
    const raw = openRaw(`${relay.wsUrl}/plan-size`);
    await raw.opened;
    for (let i = 0; i < 5; i++) raw.ws.send(frame(0, 2, update(`k${i}`, 900)));
    expect(await raw.closed).toEqual({ code: CloseCode.tooLarge, reason: CloseReason.documentTooLarge });
    const reader = connectClient(relay.wsUrl, 'plan-size');
    clients.push(reader);
    await reader.synced;
    expect(reader.doc.getMap('m').size).toBe(3); // 3 x ~920 bytes fit in 3000, the 4th does not
  });

  // PROTOCOL R4
  it.each([
    ['another site', 'https://evil.example', { code: CloseCode.forbidden, reason: CloseReason.originNotAllowed }],
    ['a malformed origin', 'null', { code: CloseCode.forbidden, reason: CloseReason.originNotAllowed }],
  ])('refuses a browser page from %s with 4403', async (_label, origin, expected) => {
    const ws = new WebSocket(`${relay.wsUrl}/plan-origin`, { origin });
    const closed = await new Promise((done) => ws.once('close', (code, reason) => done({ code, reason: reason.toString() })));
    expect(closed).toEqual(expected);
  });

  // PROTOCOL R4
  it('admits its own origin and the allow-listed one', async () => {
    for (const origin of [relay.url, 'https://intranet.example']) {
      const ws = new WebSocket(`${relay.wsUrl}/plan-origin`, { origin });
      const first = await new Promise<Buffer>((done, fail) => {
        ws.once('message', done);
        ws.once('close', (code) => fail(new Error(`closed ${code}`)));
      });
      expect(first[0]).toBe(0); // sync step 1
      ws.close();
    }
  });

  // PROTOCOL R3
  it('accepts nothing from a connection it refused', async () => {
    const headers = { 'content-type': 'application/json' };
    const created = await fetch(`${relay.url}/api/plans`, { method: 'POST', headers, body: JSON.stringify({ planId: 'plan-closed' }) });
    expect(created.status).toBe(201);
    const ws = new WebSocket(`${relay.wsUrl}/plan-closed`);
    ws.on('open', () => ws.send(frame(0, 2, update('sneaked', 10))));
    const closed = await new Promise<number>((done) => ws.once('close', (code) => done(code)));
    expect(closed).toBe(CloseCode.unauthorised);
    await relay.kill();
    expect(await storedRows(relay.dataDir, 'plan-closed')).toEqual([]);
    relay = await startRelay({ dataDir: relay.dataDir, env: { CONCORD_ALLOWED_ORIGINS: 'https://intranet.example' } });
  });
});

describe('slow readers', () => {
  let relay: RunningRelay;
  beforeAll(async () => {
    relay = await startRelay({ env: { CONCORD_MAX_BUFFERED_BYTES: '65536' } });
  });
  afterAll(async () => {
    await relay?.kill();
  });

  // PROTOCOL R27
  it('cuts a reader that stops reading once its backlog passes the bound; the room carries on', async () => {
    const slow = openRaw(`${relay.wsUrl}/plan-slow`);
    await slow.opened;
    (slow.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const writer = connectClient(relay.wsUrl, 'plan-slow');
    const reader = connectClient(relay.wsUrl, 'plan-slow');
    clients.push(writer, reader);
    await Promise.all([writer.synced, reader.synced]);
    for (let i = 0; i < 200; i++) writer.doc.getMap('m').set(`k${i}`, 'y'.repeat(50_000));
    // Under load the healthy reader may be cut too; it reconnects (1013 is not final) and catches up.
    await waitFor('the healthy reader to get everything', () => reader.doc.getMap('m').size === 200, 90_000);
    (slow.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    const { code } = await slow.closed;
    expect([CloseCode.tryAgainLater, 1006]).toContain(code);
    expect(slow.frames.length).toBeLessThan(200);
  }, 120_000);

  // PROTOCOL R27
  it('still syncs a new reader whose first sync answer alone is larger than the bound', async () => {
    const writer = connectClient(relay.wsUrl, 'plan-big');
    clients.push(writer);
    await writer.synced;
    writer.doc.getMap('m').set('big', 'z'.repeat(300_000)); // one 300 KB update, well past the 64 KB bound
    await expect.poll(async () => (await storedRows(relay.dataDir, 'plan-big')).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const late = connectClient(relay.wsUrl, 'plan-big');
    clients.push(late);
    await late.synced;
    expect((late.doc.getMap('m').get('big') as string).length).toBe(300_000);
  }, 60_000);
});
