/**
 * Rooms give their memory back: 500 plans opened (each with a client and an edit), then all closed; after the
 * unload grace and a full GC the relay's heap is back near where it started. The tolerance is a fraction of what
 * the 500 loaded rooms held, so keeping even a tenth of them alive fails the test.
 */
import { describe, expect, it } from 'vitest';
import type { RunningRelay } from '../helpers/relay';
import type { SyncClient } from './clients';
import { relayHarness } from './harness';

const { relay, client } = relayHarness();
const ROOMS = 500;
const BATCH = 50;

async function memory(r: RunningRelay): Promise<NodeJS.MemoryUsage> {
  return (await fetch(`${r.url}/debug/memory`)).json() as Promise<NodeJS.MemoryUsage>;
}

async function metric(r: RunningRelay, series: string): Promise<number> {
  const text = await (await fetch(`${r.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Opens `count` rooms, each with one client that writes ~1 KB, and waits until all of it is stored. */
async function openRooms(r: RunningRelay, prefix: string, count: number): Promise<SyncClient[]> {
  const clients: SyncClient[] = [];
  const storedBefore = await metric(r, 'concord_updates_received_total{outcome="stored"}');
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => client(r, `${prefix}-${start + i}`));
    await Promise.all(batch.map((c) => c.synced));
    for (const c of batch) c.doc.getText('t').insert(0, `${c.provider.roomname} `.repeat(60));
    clients.push(...batch);
  }
  await until('every edit to be stored', async () => (await metric(r, 'concord_updates_received_total{outcome="stored"}')) >= storedBefore + count);
  return clients;
}

async function closeRooms(r: RunningRelay, clients: SyncClient[]): Promise<void> {
  for (const c of clients) c.destroy();
  await until('every room to unload', async () => (await metric(r, 'concord_rooms_loaded')) === 0);
}

describe('room memory', () => {
  it(`returns to baseline after ${ROOMS} rooms are opened and closed`, async () => {
    const r = await relay({ env: { CONCORD_DEBUG_MEMORY: '1', CONCORD_UNLOAD_GRACE_MS: '50' } });
    // Warm up every code path (and V8's compiled code) so the baseline is not the cold process.
    await closeRooms(r, await openRooms(r, 'plan-warm', 100));
    const baseline = (await memory(r)).heapUsed;

    const clients = await openRooms(r, 'plan-mem', ROOMS);
    expect(await metric(r, 'concord_rooms_loaded')).toBe(ROOMS);
    const loaded = (await memory(r)).heapUsed;
    await closeRooms(r, clients);
    const after = (await memory(r)).heapUsed;

    const held = loaded - baseline;
    const leaked = after - baseline;
    const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
    console.log(`heap: baseline ${mb(baseline)}, ${ROOMS} rooms loaded ${mb(loaded)} (+${mb(held)}), after unload ${mb(after)} (${leaked >= 0 ? '+' : ''}${mb(leaked)})`);
    expect(held).toBeGreaterThan(2_000_000);
    expect(leaked).toBeLessThan(Math.max(held * 0.1, 1_000_000));
  });
});
