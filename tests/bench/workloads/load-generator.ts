// A load generator process: owns whole rooms (all clients of a room, so one clock times send and delivery) and
// paces updates across them at the rate the runner asks for. Started by throughput.ts through child_process.fork.
import { setTimeout as sleep } from 'node:timers/promises';
import { LatencyHistogram } from '../stats';
import type { GeneratorCommand, GeneratorEvent, StepReport } from './generator-protocol';
import { RoomLoad } from './room-load';

const TICK_MS = 5;
const CONNECT_BATCH = 25;
let rooms: RoomLoad[] = [];
// y-websocket adds a process 'exit' listener per provider; a generator holds hundreds of them on purpose.
process.setMaxListeners(0);

function emit(event: GeneratorEvent): void {
  process.send?.(event);
}

async function connect(cmd: Extract<GeneratorCommand, { type: 'connect' }>): Promise<void> {
  const started = performance.now();
  // Batches, so connecting a thousand clients does not turn into a reconnect storm of timeouts.
  for (let i = 0; i < cmd.rooms.length; i += CONNECT_BATCH) {
    const batch = cmd.rooms.slice(i, i + CONNECT_BATCH).map((r) => new RoomLoad(cmd.endpoint, r, cmd.clientsPerRoom));
    await Promise.all(batch.map((room) => room.whenSynced()));
    rooms.push(...batch);
  }
  emit({ type: 'connected', ms: performance.now() - started });
}

async function step(cmd: Extract<GeneratorCommand, { type: 'step' }>): Promise<StepReport> {
  const histogram = new LatencyHistogram();
  for (const room of rooms) room.histogram = histogram;
  const writers = rooms.flatMap((room) => room.clients.map((_, w) => ({ room, w })));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const measureFrom = t0 + cmd.warmupMs;
  const end = measureFrom + cmd.stepMs;
  let sent = 0;
  let measuredSent = 0;
  let next = 0;
  for (let now = t0; now < end; now = performance.now()) {
    const due = Math.floor(((now - t0) / 1000) * cmd.ratePerSec) - sent;
    const measured = now >= measureFrom;
    for (let i = 0; i < due; i++) {
      const { room, w } = writers[next]!;
      next = (next + 1) % writers.length;
      room.send(w, measured);
    }
    sent += Math.max(0, due);
    if (measured) measuredSent += Math.max(0, due);
    await sleep(TICK_MS);
  }
  await sleep(cmd.drainMs);
  for (const room of rooms) histogram.addMissing(room.settle());
  const cpu = process.cpuUsage(cpu0);
  const peers = (rooms[0]?.clients.length ?? 1) - 1;
  return {
    measuredSent,
    expectedDeliveries: measuredSent * peers,
    histogram: histogram.toSparse(),
    generatorCpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: performance.now() - t0,
  };
}

process.on('message', (cmd: GeneratorCommand) => {
  const run = async (): Promise<void> => {
    if (cmd.type === 'connect') await connect(cmd);
    else if (cmd.type === 'step') emit({ type: 'step-done', report: await step(cmd) });
    else {
      for (const room of rooms) room.destroy();
      rooms = [];
      process.exit(0);
    }
  };
  run().catch((err: unknown) => emit({ type: 'error', message: String((err as Error)?.stack ?? err) }));
});
