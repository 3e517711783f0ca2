import { MIN_DELIVERED_SHARE, type Scale } from '../bench-config';
import type { ContenderName } from '../contenders';
import type { Pinning } from '../cpu-pinning';
import { startServer, type ServerHandle } from '../server-process';
import { GeneratorPool } from './generators';
import { describeStep, measureStep, whyNotSustained, type StepResult } from './step';

export type { StepResult } from './step';

/** One ramp: a server, its generators, the rate stepped up until two steps in a row fail. */
export type RampResult = {
  pinned: boolean;
  /** Achieved rate of the highest sustained step; null if none was. */
  maxUpdatesPerSec: number | null;
  /** Server CPU per update at the probe rate (the ramp's first step), from an attempt that delivered >= 99 %. */
  probeCpuMsPerUpdate: number | null;
  /** The step at the latency rate (measured whatever happened below it), or null if it never ran. */
  atLatencyRate: StepResult | null;
  /** What stopped the ramp (two failed steps in a row): latency, lost deliveries, the generators, or its end. */
  stoppedBy: 'p99' | 'delivery' | 'offered' | 'ramp-end';
  connectMs: number;
  steps: StepResult[];
};

type Config = Scale['throughput'];

/**
 * Workload 1, one repetition: rooms x writing clients from generator processes, a warm-up, then the rate stepped
 * up through `rates` (the first is the CPU probe). With `pinning` the server runs alone on one core and the
 * generators on the others.
 */
export async function runRamp(name: ContenderName, cfg: Config, pinning: Pinning): Promise<RampResult> {
  const server = await startServer(name, { cores: pinning?.server ?? null });
  const pool = new GeneratorPool(cfg.generators, pinning?.load ?? null);
  try {
    const rooms = Array.from({ length: cfg.rooms }, (_, i) => `tp-${i}`);
    const connectMs = await pool.connect(server.endpoint, rooms, cfg.clientsPerRoom);
    // Unmeasured: JIT compilation and the first allocations of every room would otherwise count against the probe.
    await pool.step(cfg.rates[0]!, { warmupMs: 0, stepMs: cfg.warmUpStepMs, drainMs: cfg.drainMs });
    const { steps, stoppedBy } = await ramp(name, server, pool, cfg);
    const best = steps.filter((s) => s.sustained).at(-1);
    const probe = steps.find((s) => s.targetPerSec === cfg.rates[0] && s.deliveredShare >= MIN_DELIVERED_SHARE);
    return {
      pinned: pinning !== null,
      maxUpdatesPerSec: best ? Math.round(best.achievedPerSec) : null,
      probeCpuMsPerUpdate: probe?.cpuMsPerUpdate ?? null,
      atLatencyRate: steps.find((s) => s.targetPerSec === cfg.latencyRate) ?? null,
      stoppedBy,
      connectMs: Math.round(connectMs),
      steps,
    };
  } finally {
    await pool.close();
    await server.stop();
  }
}

/**
 * Steps up the rate (retrying a failed step) and stops after two steps in a row fail, but not before the latency
 * rate: on a shared machine a stall can sink one step, while real saturation sinks every step above it.
 */
async function ramp(
  name: ContenderName,
  server: ServerHandle,
  pool: GeneratorPool,
  cfg: Config,
): Promise<{ steps: StepResult[]; stoppedBy: RampResult['stoppedBy'] }> {
  const steps: StepResult[] = [];
  let failedInARow = 0;
  for (const rate of cfg.rates) {
    let result = await measureStep(server, pool, rate, cfg);
    console.log(`  ${name} ${rate}/s: ${describeStep(result)}`);
    for (let retry = 1; retry <= cfg.retries && !result.sustained; retry++) {
      result = await measureStep(server, pool, rate, cfg);
      console.log(`  ${name} ${rate}/s (retry ${retry}): ${describeStep(result)}`);
    }
    steps.push(result);
    failedInARow = result.sustained ? 0 : failedInARow + 1;
    if (failedInARow >= 2 && rate >= cfg.latencyRate) return { steps, stoppedBy: whyNotSustained(result) };
  }
  const last = steps.at(-1);
  return { steps, stoppedBy: last && !last.sustained ? whyNotSustained(last) : 'ramp-end' };
}
