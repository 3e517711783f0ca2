import { MIN_DELIVERED_SHARE, MIN_OFFERED_SHARE, P99_LIMIT_MS, type Scale } from '../bench-config';
import type { ServerHandle } from '../server-process';
import { LatencyHistogram, round } from '../stats';
import type { StepReport } from './generator-protocol';
import type { GeneratorPool } from './generators';

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

export type StepTiming = Pick<Scale['throughput'], 'warmupMs' | 'stepMs' | 'drainMs'>;

/** One step at `rate` updates/s: server CPU and (for Concord) its metrics over the generators' measured window. */
export async function measureStep(server: ServerHandle, pool: GeneratorPool, rate: number, timing: StepTiming): Promise<StepResult> {
  let cpuStart = 0;
  let cpuEnd = 0;
  let metricsStart: Promise<Metrics | null> = Promise.resolve(null);
  let metricsEnd: Promise<Metrics | null> = Promise.resolve(null);
  const startTimer = setTimeout(() => {
    cpuStart = server.cpuMs();
    metricsStart = scrapeRelay(server);
  }, timing.warmupMs);
  const endTimer = setTimeout(() => {
    cpuEnd = server.cpuMs();
    metricsEnd = scrapeRelay(server);
  }, timing.warmupMs + timing.stepMs);
  const reports = await pool.step(rate, timing);
  clearTimeout(startTimer);
  clearTimeout(endTimer);
  const summary = summarise(rate, reports, cpuEnd - cpuStart, timing.stepMs);
  return { ...summary, relay: relayFigures(await metricsStart, await metricsEnd) };
}

type Metrics = Map<string, number>;

/** Concord's Prometheus figures (each scrape also restarts its event-loop delay window); null for the others. */
export async function scrapeRelay(server: ServerHandle): Promise<Metrics | null> {
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

/** What made a step fail: the generators could not offer the rate, deliveries went missing, or p99. */
export function whyNotSustained(s: StepResult): 'offered' | 'delivery' | 'p99' {
  if (s.achievedPerSec < s.targetPerSec * MIN_OFFERED_SHARE) return 'offered';
  if (s.deliveredShare < MIN_DELIVERED_SHARE) return 'delivery';
  return 'p99';
}

export function describeStep(s: StepResult): string {
  return (
    `achieved ${s.achievedPerSec}/s p50 ${s.p50Ms} ms p99 ${s.p99Ms ?? 'inf'} ms delivered ${s.deliveredShare} ` +
    `server ${s.serverCores} cores, generators ${s.generatorCores.join('+')} cores` +
    (s.relay ? `, relay loop p99 ${s.relay.loopP99Ms} max ${s.relay.loopMaxMs} ms, append ${s.relay.appendMeanMs ?? '-'} ms` : '') +
    (s.sustained ? '' : ' -> not sustained')
  );
}
