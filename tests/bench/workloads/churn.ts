import { setTimeout as sleep } from 'node:timers/promises';
import type { Scale } from '../bench-config';
import type { ContenderName } from '../contenders';
import { startServer, type ServerHandle } from '../server-process';
import { round } from '../stats';
import { HolderPool } from './holder-pool';
import type { ChurnReport } from './holder-protocol';
import { DEBUG_MEMORY_ENV, heapAfterGcMb, roomsLoaded, settledRssMb, waitUnloaded } from './memory-probe';

export type ChurnSample = { atS: number; rssMb: number; heapAfterGcMb: number | null; roomsLoaded: number | null };

export type ChurnResult = {
  minutes: number;
  connections: number;
  rooms: number;
  report: ChurnReport;
  samples: ChurnSample[];
  /** Least-squares slope over the samples after the first (warm-up) one, in MB per 10 minutes. */
  heapSlopeMbPer10Min: number | null;
  rssSlopeMbPer10Min: number | null;
  /** Last sample minus the first one after warm-up (MB): growth that a slope could hide in noise. */
  heapGrowthMb: number | null;
  /** Live heap after a full GC before any connection, and once every client left and the rooms unloaded. */
  heapBaselineMb: number | null;
  heapAfterUnloadMb: number | null;
  roomsLoadedAfterUnload: number | null;
};

/**
 * Leak check: `connections` clients held over `rooms` rooms while some close and new ones open every tick (rooms
 * empty out, unload and load again) for `minutes`; the server's RSS and (Concord) live heap after a full GC are
 * sampled throughout, and once more after every client left and the rooms unloaded.
 */
export async function runChurn(name: ContenderName, scale: Scale, minutes: number): Promise<ChurnResult> {
  const cfg = scale.churn;
  const server = await startServer(name, { env: DEBUG_MEMORY_ENV });
  const holders = new HolderPool(cfg.holders);
  try {
    const heapBaselineMb = await heapAfterGcMb(server);
    const rooms = Array.from({ length: cfg.rooms }, (_, i) => `churn-${i}`);
    await holders.open(server.endpoint, Array.from({ length: cfg.connections }, (_, i) => rooms[i % rooms.length]!));
    const durationMs = minutes * 60_000;
    const samples: ChurnSample[] = [];
    const sampling = sampleEvery(server, cfg.sampleMs, durationMs, samples);
    const report = await holders.churn(server.endpoint, rooms, { perTick: cfg.perTick, tickMs: cfg.tickMs, durationMs });
    await sampling;
    await holders.release();
    await waitUnloaded(server, cfg.peerUnloadWaitMs, cfg.unloadTimeoutMs);
    const after = { heap: await heapAfterGcMb(server), rooms: await roomsLoaded(server) };
    console.log(
      `  churn ${minutes} min: ${report.opened} opened, ${report.closed} closed, ${report.failedToSync} did not sync; ` +
        `heap after GC ${samples.map((s) => s.heapAfterGcMb).join(' ')} MB; after unload ${after.heap} MB (${after.rooms} rooms)`,
    );
    return {
      ...{ minutes, connections: cfg.connections, rooms: cfg.rooms, report, samples, ...trends(samples) },
      ...{ heapBaselineMb, heapAfterUnloadMb: after.heap, roomsLoadedAfterUnload: after.rooms },
    };
  } finally {
    await holders.close();
    await server.stop();
  }
}

async function sampleEvery(server: ServerHandle, everyMs: number, durationMs: number, into: ChurnSample[]): Promise<void> {
  const started = performance.now();
  for (let next = everyMs; next <= durationMs; next += everyMs) {
    await sleep(Math.max(0, started + next - performance.now()));
    const atS = Math.round((performance.now() - started) / 1000);
    const heap = await heapAfterGcMb(server);
    into.push({ atS, rssMb: await settledRssMb(server, 1), heapAfterGcMb: heap, roomsLoaded: await roomsLoaded(server) });
  }
}

function trends(samples: ChurnSample[]): Pick<ChurnResult, 'heapSlopeMbPer10Min' | 'rssSlopeMbPer10Min' | 'heapGrowthMb'> {
  const settled = samples.slice(1);
  const heap = settled.filter((s) => s.heapAfterGcMb !== null).map((s) => [s.atS, s.heapAfterGcMb!] as const);
  const first = heap[0];
  const last = heap.at(-1);
  return {
    heapSlopeMbPer10Min: slopePer10Min(heap),
    rssSlopeMbPer10Min: slopePer10Min(settled.map((s) => [s.atS, s.rssMb] as const)),
    heapGrowthMb: first && last && heap.length > 1 ? round(last[1] - first[1], 1) : null,
  };
}

/** Least-squares slope of (seconds, MB) points, scaled to MB per 10 minutes; null with fewer than 3 points. */
export function slopePer10Min(points: readonly (readonly [number, number])[]): number | null {
  if (points.length < 3) return null;
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  return sxx === 0 ? null : round((sxy / sxx) * 600, 2);
}
