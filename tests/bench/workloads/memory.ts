import { setTimeout as sleep } from 'node:timers/promises';
import type { Scale } from '../bench-config';
import type { ContenderName } from '../contenders';
import { startServer } from '../server-process';
import { round } from '../stats';
import { HolderPool } from './holder-pool';
import { DEBUG_MEMORY_ENV, heapAfterGcMb, roomsLoaded, settledRssMb, waitUnloaded } from './memory-probe';

export type MemoryPoint = { connections: number; rssMb: number; growthPerConnectionKb: number; connectMs: number };

export type MemoryResult = {
  rooms: number;
  /** RSS before the first connection (the process baseline). */
  baselineRssMb: number;
  points: MemoryPoint[];
  /** Once every client left and the relay unloaded its rooms. */
  afterUnload: { rssMb: number; roomsLoaded: number | null; waitedMs: number };
  /** Concord only: live heap after a full GC, before any connection and after the unload. */
  heapAfterGcMb: { baseline: number | null; afterUnload: number | null };
};

/**
 * Workload 2: idle connections over `rooms` rooms, added in stages (one per room, then up to the next stage), the
 * server's RSS read after each stage has settled; then every client leaves and the relay unloads its rooms.
 */
export async function runMemory(name: ContenderName, scale: Scale): Promise<MemoryResult> {
  const cfg = scale.memory;
  const server = await startServer(name, { env: DEBUG_MEMORY_ENV });
  const holders = new HolderPool(cfg.holders);
  try {
    await sleep(cfg.settleMs);
    const baselineRssMb = await settledRssMb(server);
    const heapBaseline = await heapAfterGcMb(server);
    const rooms = Array.from({ length: cfg.rooms }, (_, i) => `idle-${i}`);
    const points: MemoryPoint[] = [];
    let held = 0;
    for (const target of cfg.connections) {
      const more = Array.from({ length: target - held }, (_, i) => rooms[(held + i) % rooms.length]!);
      const connectMs = await holders.open(server.endpoint, more);
      held = target;
      await sleep(cfg.settleMs);
      const rssMb = await settledRssMb(server);
      points.push({ connections: held, rssMb, growthPerConnectionKb: round(((rssMb - baselineRssMb) * 1024) / held, 1), connectMs });
      console.log(`  memory: ${held} connections over ${cfg.rooms} rooms: ${rssMb} MB (${points.at(-1)!.growthPerConnectionKb} KB each over ${baselineRssMb} MB)`);
    }
    await holders.release();
    const waitedMs = await waitUnloaded(server, cfg.peerUnloadWaitMs, cfg.unloadTimeoutMs);
    await sleep(cfg.settleMs);
    const afterUnload = { rssMb: await settledRssMb(server), roomsLoaded: await roomsLoaded(server), waitedMs };
    const heap = { baseline: heapBaseline, afterUnload: await heapAfterGcMb(server) };
    console.log(`  memory after unload: ${afterUnload.rssMb} MB, rooms loaded ${afterUnload.roomsLoaded ?? '-'}, heap after GC ${heap.baseline ?? '-'} -> ${heap.afterUnload ?? '-'} MB`);
    return { rooms: cfg.rooms, baselineRssMb, points, afterUnload, heapAfterGcMb: heap };
  } finally {
    await holders.close();
    await server.stop();
  }
}
