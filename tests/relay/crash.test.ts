/**
 * Crash safety: five y-websocket clients write while the relay is killed with SIGKILL. A relay restarted on the
 * same data dir holds every change a receipt had acknowledged (checked before any client reconnects), and once
 * the clients reconnect everyone converges on every change made.
 */
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageType } from '@concord/shared/protocol';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, waitFor, type SyncClient } from './clients';

const ROOM = 'plan-crash-five';
const WRITERS = 5;

interface Writer extends SyncClient {
  /** Highest own clock a receipt covered. */
  acked: number;
  /** Keys written, with the own clock after each write. */
  writes: { key: string; clock: number }[];
}

const relays: RunningRelay[] = [];
const providers: WebsocketProvider[] = [];
afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const r of relays) await r.kill();
});

function writer(relay: RunningRelay): Writer {
  const c = connectClient(relay.wsUrl, ROOM) as Writer;
  c.acked = 0;
  c.writes = [];
  c.provider.messageHandlers[MessageType.stored] = (_e, decoder) => {
    const stored = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    c.acked = Math.max(c.acked, stored.get(c.doc.clientID) ?? 0);
  };
  providers.push(c.provider);
  return c;
}

describe('SIGKILL while five clients write', () => {
  // PROTOCOL R18 R22
  it('keeps every acknowledged change and converges after a restart', async () => {
    const first = await startRelay();
    relays.push(first);
    const writers = Array.from({ length: WRITERS }, () => writer(first));
    await Promise.all(writers.map((w) => w.synced));
    let writing = true;
    const loops = writers.map(async (w, i) => {
      for (let n = 0; writing; n++) {
        const key = `w${i}-${n}`;
        w.doc.getMap('m').set(key, `${key} `.repeat(20));
        w.writes.push({ key, clock: Y.getState(w.doc.store, w.doc.clientID) });
        await new Promise((r) => setTimeout(r, 3 + (n % 7)));
      }
    });
    const ackedWrites = (w: Writer) => w.writes.filter((x) => x.clock <= w.acked).length;
    await waitFor('every writer to have 30 acknowledged writes', () => writers.every((w) => ackedWrites(w) >= 30), 30_000);
    await first.kill();
    writing = false;
    await Promise.all(loops);
    const acknowledged = writers.flatMap((w) => w.writes.filter((x) => x.clock <= w.acked).map((x) => x.key));
    const unacknowledged = writers.flatMap((w) => w.writes.filter((x) => x.clock > w.acked).map((x) => x.key));
    expect(acknowledged.length).toBeGreaterThan(WRITERS * 20);

    // Nobody reconnects to the old port: what a fresh reader sees is exactly what survived on disk.
    for (const w of writers) w.provider.disconnect();
    const second = await startRelay({ dataDir: first.dataDir });
    relays.push(second);
    const check = connectClient(second.wsUrl, ROOM);
    providers.push(check.provider);
    await check.synced;
    const survived = check.doc.getMap('m');
    const missing = acknowledged.filter((key) => !survived.has(key));
    expect(missing, `acknowledged but lost (of ${acknowledged.length}; ${unacknowledged.length} unacknowledged)`).toEqual([]);

    // The writers come back (same docs, new relay) and everyone converges on every write, acknowledged or not.
    const rejoined = writers.map((w) => {
      const p = new WebsocketProvider(second.wsUrl, ROOM, w.doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      providers.push(p);
      return w.doc;
    });
    const everyKey = writers.flatMap((w) => w.writes.map((x) => x.key)).sort();
    const keys = (doc: Y.Doc) => [...doc.getMap('m').keys()].sort();
    await waitFor('all six docs to converge on every write', () =>
      [...rejoined, check.doc].every((doc) => keys(doc).length === everyKey.length),
      20_000,
    );
    for (const doc of [...rejoined, check.doc]) expect(keys(doc)).toEqual(everyKey);
  }, 90_000);
});
