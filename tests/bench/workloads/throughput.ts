import { MIN_DELIVERED_SHARE, MIN_OFFERED_SHARE, P99_LIMIT_MS, type Scale } from '../bench-config';
import type { ContenderName } from '../contenders';
import { startServer, type ServerHandle } from '../server-process';
import { LatencyHistogram, round } from '../stats';
import type { StepReport } from './generator-protocol';
import { GeneratorPool } from './generators';

export type StepResult = {
  targetPerSec: number;
  achievedPerSec: number;
  p50Ms: number;
  p99Ms: number | null;
  deliveredShare: number;
  /** Share of one core the server used during the measured window (1 = one full core). */
  serverCores: number;
  generatorCores: number[];
  cpuMsPerUpdate: number;
  /**
   * Concord only (from its GET /metrics over the measured window): the relay's event-loop delay p99 and max, and
   * the mean time an append waited for its group commit. Null for the other contenders.
   */
  relay: { loopP99Ms: number; loopMaxMs: number; appendMeanMs: number | null } | null;
  sustained: boolean;
};

export type ThroughputResult = {
  maxUpdatesPerSec: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  cpuMsPerUpdate: number | null;
  /** CPU per update at the fixed probe rate (the same offered load for every contender); null if it never delivered. */
  probeCpuMsPerUpdate: number | null;
  /** What stopped the ramp (two failed steps in a row): latency, lost deliveries, the generators, or its end. */
  stoppedBy: 'p99' | 'delivery' | 'offered' | 'ramp-end';
  connectMs: number;
  steps: StepResult[];
};

/** Workload 1: rooms x writing clients from generator processes, the rate ramped until p99 exceeds the limit. */
export async function runThroughput(name: ContenderName, scale: Scale): Promise<ThroughputResult> {
  const cfg = scale.throughput;
  const server = await startServer(name);
  const pool = new GeneratorPool(cfg.generators);
  try {
    const rooms = Array.from({ length: cfg.rooms }, (_, i) => `tp-${i}`);
    const connectMs = await pool.connect(server.endpoint, rooms, cfg.clientsPerRoom);
    // Same offered load for every contender first, so CPU per update compares like with like.
    const probe = await cpuProbe(name, server, pool, cfg);
    const { steps, stoppedBy } = await ramp(name, server, pool, cfg);
    const best = steps.filter((s) => s.sustained).at(-1);
    return {
      maxUpdatesPerSec: best ? Math.round(best.achievedPerSec) : null,
      p50Ms: best?.p50Ms ?? null,
      p99Ms: best?.p99Ms ?? null,
      cpuMsPerUpdate: best?.cpuMsPerUpdate ?? null,
      probeCpuMsPerUpdate: probe,
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
 * CPU per update at the probe rate. Only a step that delivered (nearly) everything counts: when the machine starves
 * the server, it does less work per offered update and the figure would flatter it.
 */
async function cpuProbe(
  name: ContenderName,
  server: ServerHandle,
  pool: GeneratorPool,
  cfg: Scale['throughput'],
): Promise<number | null> {
  for (let attempt = 0; attempt <= cfg.retries; attempt++) {
    const probe = await measureStep(server, pool, cfg.cpuProbeRate, cfg);
    console.log(`  ${name} CPU probe ${cfg.cpuProbeRate}/s: ${describeStep(probe)}`);
    if (probe.deliveredShare >= MIN_DELIVERED_SHARE) return probe.cpuMsPerUpdate;
  }
  return null;
}

/**
 * Steps up the rate (retrying a failed step) and stops after two steps in a row fail: on a shared machine a stall
 * can sink one step, while real saturation sinks every step above it.
 */
async function ramp(
  name: ContenderName,
  server: ServerHandle,
  pool: GeneratorPool,
  cfg: Scale['throughput'],
): Promise<{ steps: StepResult[]; stoppedBy: ThroughputResult['stoppedBy'] }> {
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
    if (failedInARow === 2) return { steps, stoppedBy: whyNotSustained(result) };
  }
  const last = steps.at(-1);
  return { steps, stoppedBy: last && !last.sustained ? whyNotSustained(last) : 'ramp-end' };
}

async function measureStep(
  server: ServerHandle,
  pool: GeneratorPool,
  rate: number,
  cfg: Scale['throughput'],
): Promise<StepResult> {
  // Server CPU is sampled over the generators' measured window (they start their step when we do).
  let cpuStart = 0;
  let cpuEnd = 0;
  let metricsStart: Promise<Metrics | null> = Promise.resolve(null);
  let metricsEnd: Promise<Metrics | null> = Promise.resolve(null);
  const startTimer = setTimeout(() => {
    cpuStart = server.cpuMs();
    metricsStart = scrapeRelay(server);
  }, cfg.warmupMs);
  const endTimer = setTimeout(() => {
    cpuEnd = server.cpuMs();
    metricsEnd = scrapeRelay(server);
  }, cfg.warmupMs + cfg.stepMs);
  const reports = await pool.step(rate, cfg);
  clearTimeout(startTimer);
  clearTimeout(endTimer);
  return { ...summarise(rate, reports, cpuEnd - cpuStart, cfg.stepMs), relay: relayFigures(await metricsStart, await metricsEnd) };
}

type Metrics = Map<string, number>;

/** Concord's Prometheus figures (each scrape also restarts its event-loop delay window); null for the others. */
async function scrapeRelay(server: ServerHandle): Promise<Metrics | null> {
  if (server.name !== 'concord') return null;
  try {
    const text = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
    const samples = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    return new Map(samples.map((l) => [l.slice(0, l.lastIndexOf(' ')), Number(l.slice(l.lastIndexOf(' ') + 1))]));
  } catch {
    return null;
  }
}

function relayFigures(start: Metrics | null, end: Metrics | null): StepResult['relay'] {
  if (!start || !end) return null;
  const delta = (series: string) => (end.get(series) ?? 0) - (start.get(series) ?? 0);
  const appends = delta('concord_store_seconds_count{op="append"}');
  return {
    loopP99Ms: round((end.get('nodejs_eventloop_delay_p99_seconds') ?? 0) * 1000),
    loopMaxMs: round((end.get('nodejs_eventloop_delay_max_seconds') ?? 0) * 1000),
    appendMeanMs: appends > 0 ? round((delta('concord_store_seconds_sum{op="append"}') / appends) * 1000, 2) : null,
  };
}

function summarise(rate: number, reports: StepReport[], serverCpuMs: number, stepMs: number): Omit<StepResult, 'relay'> {
  const histogram = new LatencyHistogram();
  for (const r of reports) histogram.merge(r.histogram);
  const sent = reports.reduce((n, r) => n + r.measuredSent, 0);
  const expected = reports.reduce((n, r) => n + r.expectedDeliveries, 0);
  const delivered = expected - histogram.overflow;
  const achievedPerSec = sent / (stepMs / 1000);
  const p99 = histogram.quantile(0.99);
  const deliveredShare = expected === 0 ? 0 : delivered / expected;
  return {
    targetPerSec: rate,
    achievedPerSec: round(achievedPerSec, 0),
    p50Ms: round(histogram.quantile(0.5)),
    p99Ms: Number.isFinite(p99) ? round(p99) : null,
    deliveredShare: round(deliveredShare, 4),
    serverCores: round(serverCpuMs / stepMs),
    generatorCores: reports.map((r) => round(r.generatorCpuMs / r.wallMs)),
    cpuMsPerUpdate: sent === 0 ? 0 : round(serverCpuMs / sent, 4),
    sustained:
      Number.isFinite(p99) &&
      p99 <= P99_LIMIT_MS &&
      deliveredShare >= MIN_DELIVERED_SHARE &&
      achievedPerSec >= rate * MIN_OFFERED_SHARE,
  };
}

function whyNotSustained(s: StepResult): ThroughputResult['stoppedBy'] {
  if (s.achievedPerSec < s.targetPerSec * MIN_OFFERED_SHARE) return 'offered';
  if (s.deliveredShare < MIN_DELIVERED_SHARE) return 'delivery';
  return 'p99';
}

function describeStep(s: StepResult): string {
  return (
    `achieved ${s.achievedPerSec}/s p50 ${s.p50Ms} ms p99 ${s.p99Ms ?? 'inf'} ms delivered ${s.deliveredShare} ` +
    `server ${s.serverCores} cores, generators ${s.generatorCores.join('+')} cores` +
    (s.relay ? `, relay loop p99 ${s.relay.loopP99Ms} max ${s.relay.loopMaxMs} ms, append ${s.relay.appendMeanMs ?? '-'} ms` : '') +
    (s.sustained ? '' : ' -> not sustained')
  );
}
