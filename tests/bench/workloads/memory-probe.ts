import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerHandle } from '../server-process';
import { median, round } from '../stats';
import { scrapeRelay } from './step';

/** The environment that makes a Concord relay serve GET /debug/memory (a full GC, then its memory figures). */
export const DEBUG_MEMORY_ENV = { CONCORD_DEBUG_MEMORY: '1' };

/** The server's resident memory: the median of `samples` readings a second apart (one reading can catch a GC). */
export async function settledRssMb(server: ServerHandle, samples = 3): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (i > 0) await sleep(1000);
    readings.push(server.rssMb());
  }
  return round(median(readings), 1);
}

/** Concord's live heap after a full GC (MB), or null for the others or when the endpoint is off. */
export async function heapAfterGcMb(server: ServerHandle): Promise<number | null> {
  if (server.name !== 'concord') return null;
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/debug/memory`);
    if (!res.ok) return null;
    const memory = (await res.json()) as NodeJS.MemoryUsage;
    return round(memory.heapUsed / 2 ** 20, 1);
  } catch {
    return null;
  }
}

/** Concord's count of rooms in memory (from /metrics), or null for the others. */
export async function roomsLoaded(server: ServerHandle): Promise<number | null> {
  return (await scrapeRelay(server))?.get('concord_rooms_loaded') ?? null;
}

/**
 * Waits until a relay has let go of every room: for Concord until /metrics says none is loaded (its unload grace
 * and compaction included), for the others a fixed wait (they unload when the last client leaves, Hocuspocus
 * after its debounced store). Returns the ms waited.
 */
export async function waitUnloaded(server: ServerHandle, fixedMs: number, timeoutMs: number): Promise<number> {
  const started = performance.now();
  if (server.name !== 'concord') {
    await sleep(fixedMs);
    return fixedMs;
  }
  while (performance.now() - started < timeoutMs && (await roomsLoaded(server)) !== 0) await sleep(500);
  return Math.round(performance.now() - started);
}
