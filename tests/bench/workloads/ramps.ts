import type { Scale } from '../bench-config';
import type { ContenderName } from '../contenders';
import { pinnedLayout, pinSelf, type Pinning } from '../cpu-pinning';
import { median, round } from '../stats';
import { runRamp, type RampResult } from './throughput';

/** A figure over repetitions: the median and the spread (min..max) of the runs that produced one. */
export type Spread = { median: number; min: number; max: number; runs: number[] } | null;

export type RampSet = {
  /** Max sustained updates/s over the repetitions. */
  maxUpdatesPerSec: Spread;
  probeCpuMsPerUpdate: Spread;
  /** p50 / p99 update-to-peer latency at the latency rate (3,000/s in the full run). */
  p50AtLatencyRateMs: Spread;
  p99AtLatencyRateMs: Spread;
  /** Concord only: the relay's longest event-loop delay in the latency-rate step. */
  loopMaxAtLatencyRateMs: Spread;
  ramps: RampResult[];
};

export type RampsResult = {
  pinned: RampSet | null;
  unpinned: RampSet;
  /** Why there is no pinned set (one core, no taskset), or null. */
  pinnedNotRun: string | null;
  /** The cores each side ran on in the pinned ramps. */
  pinning: Pinning;
};

/** Three (scale.throughput.repetitions) ramps pinned (server on one core, load on the others), then as many unpinned. */
export async function runRamps(name: ContenderName, scale: Scale): Promise<RampsResult> {
  const cfg = scale.throughput;
  const { pinning, reason } = pinnedLayout();
  let pinned: RampSet | null = null;
  if (pinning) {
    // The runner is load too: it joins the generators' cores while the server has its own.
    pinSelf(pinning.load);
    try {
      pinned = await repeat(name, cfg, pinning, 'pinned');
    } finally {
      pinSelf(null);
    }
  }
  const unpinned = await repeat(name, cfg, null, 'unpinned');
  return { pinned, unpinned, pinnedNotRun: reason ?? null, pinning };
}

async function repeat(name: ContenderName, cfg: Scale['throughput'], pinning: Pinning, label: string): Promise<RampSet> {
  const ramps: RampResult[] = [];
  for (let i = 1; i <= cfg.repetitions; i++) {
    console.log(`  ${label} ramp ${i} of ${cfg.repetitions}${pinning ? ` (server on core ${pinning.server}, load on ${pinning.load})` : ''}`);
    ramps.push(await runRamp(name, cfg, pinning));
  }
  return summariseRamps(ramps);
}

export function summariseRamps(ramps: RampResult[]): RampSet {
  return {
    maxUpdatesPerSec: spread(ramps.map((r) => r.maxUpdatesPerSec), 0),
    probeCpuMsPerUpdate: spread(ramps.map((r) => r.probeCpuMsPerUpdate), 4),
    p50AtLatencyRateMs: spread(ramps.map((r) => r.atLatencyRate?.p50Ms ?? null)),
    // A step that lost deliveries has no finite p99: it counts as infinitely late, not as a missing run.
    p99AtLatencyRateMs: spread(ramps.map((r) => (r.atLatencyRate ? (r.atLatencyRate.p99Ms ?? Infinity) : null))),
    loopMaxAtLatencyRateMs: spread(ramps.map((r) => r.atLatencyRate?.relay?.loopMaxMs ?? null)),
    ramps,
  };
}

/** Median and range of the non-null values; null when there are none. */
export function spread(values: (number | null)[], digits = 2): Spread {
  const runs = values.filter((v): v is number => v !== null);
  if (runs.length === 0) return null;
  return { median: round(median(runs), digits), min: Math.min(...runs), max: Math.max(...runs), runs };
}
