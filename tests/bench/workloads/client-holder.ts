// A process that holds many real clients open (one provider and socket each) for the memory workloads, started
// by holder-pool.ts through child_process.fork. Clients idle as the real ones do (y-websocket renews presence
// every 15 s); churn closes the oldest and opens new ones on random rooms.
import { setTimeout as sleep } from 'node:timers/promises';
import { openClient, type BenchClient } from '../clients/bench-client';
import { withTimeout } from '../clients/wait-covered';
import type { Endpoint } from '../contenders';
import { prng } from '../plan-doc';
import type { ChurnReport, HolderCommand, HolderEvent } from './holder-protocol';

const BATCH = 100;
const SYNC_TIMEOUT_MS = 30_000;
let held: BenchClient[] = [];
// y-websocket adds a process 'exit' listener per provider; this process holds thousands on purpose.
process.setMaxListeners(0);

const emit = (event: HolderEvent): void => void process.send?.(event);

/** Opens one client per entry of `rooms` (a room may repeat), in batches that each wait for their sync. */
async function open(endpoint: Endpoint, rooms: string[]): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < rooms.length; i += BATCH) {
    const batch = rooms.slice(i, i + BATCH).map((room) => openClient(endpoint, room));
    await withTimeout(Promise.all(batch.map((c) => c.whenSynced())), SYNC_TIMEOUT_MS, 'idle clients sync');
    held.push(...batch);
  }
  emit({ type: 'opened', held: held.length, ms: Math.round(performance.now() - started) });
}

/** Every tick: closes the `perTick` oldest clients and opens as many new ones, each on a random room. */
async function churn(cmd: Extract<HolderCommand, { type: 'churn' }>): Promise<ChurnReport> {
  const random = prng(cmd.seed);
  const report: ChurnReport = { opened: 0, closed: 0, failedToSync: 0, held: 0 };
  const end = performance.now() + cmd.durationMs;
  while (performance.now() < end) {
    const tickEnd = performance.now() + cmd.tickMs;
    for (const client of held.splice(0, cmd.perTick)) client.destroy();
    report.closed += cmd.perTick;
    const fresh = Array.from({ length: cmd.perTick }, () => openClient(cmd.endpoint, cmd.rooms[Math.floor(random() * cmd.rooms.length)]!));
    const synced = await Promise.allSettled(fresh.map((c) => withTimeout(c.whenSynced(), SYNC_TIMEOUT_MS, 'churn sync')));
    report.failedToSync += synced.filter((s) => s.status === 'rejected').length;
    report.opened += fresh.length;
    held.push(...fresh);
    await sleep(Math.max(0, tickEnd - performance.now()));
  }
  return { ...report, held: held.length };
}

function release(): void {
  for (const client of held) client.destroy();
  held = [];
}

process.on('message', (cmd: HolderCommand) => {
  const run = async (): Promise<void> => {
    if (cmd.type === 'open') await open(cmd.endpoint, cmd.rooms);
    else if (cmd.type === 'churn') emit({ type: 'churned', report: await churn(cmd) });
    else if (cmd.type === 'release') {
      release();
      emit({ type: 'released' });
    } else {
      release();
      process.exit(0);
    }
  };
  run().catch((err: unknown) => emit({ type: 'error', message: String((err as Error)?.stack ?? err) }));
});
