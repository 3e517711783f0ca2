import { setTimeout as sleep } from 'node:timers/promises';
import type { Scale } from '../bench-config';
import { openClient, type BenchClient } from '../clients/bench-client';
import type { ContenderName } from '../contenders';
import { startServer } from '../server-process';
import { round } from '../stats';

export type IdleResult = { idleRssMb: number; baselineRssMb: number; connections: number; rooms: number };

const BATCH = 100;

/** Workload 2: many idle connections spread over rooms; the server's resident memory once they are all synced. */
export async function runIdle(name: ContenderName, scale: Scale): Promise<IdleResult> {
  const { connections, rooms, settleMs } = scale.idle;
  const server = await startServer(name);
  const clients: BenchClient[] = [];
  try {
    await sleep(settleMs);
    const baselineRssMb = server.rssMb();
    for (let i = 0; i < connections; i += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, connections - i) }, (_, j) =>
        openClient(server.endpoint, `idle-${(i + j) % rooms}`),
      );
      await Promise.all(batch.map((c) => c.whenSynced()));
      clients.push(...batch);
    }
    await sleep(settleMs);
    return { idleRssMb: round(server.rssMb(), 1), baselineRssMb: round(baselineRssMb, 1), connections, rooms };
  } finally {
    for (const c of clients) c.destroy();
    await server.stop();
  }
}
