import type { ClientFigures } from './client-figures';
import type { ContenderName } from './contenders';
import type { ChurnResult } from './workloads/churn';
import type { MemoryResult } from './workloads/memory';
import type { RampsResult, Spread } from './workloads/ramps';
import type { ReconnectResult } from './workloads/reconnect';
import type { SigkillResult } from './workloads/sigkill';
import type { WireResult } from './workloads/wire';

/**
 * The headline figures per contender (the shape bench/README.md documents). Throughput figures are medians over
 * the pinned ramps (server on its own core), or the unpinned ones where pinning was not possible; the spreads
 * and every step are in `details.ramps`. Null = not measured; see notes.
 */
export type RelayFigures = {
  maxUpdatesPerSec: number | null;
  maxUpdatesPerSecUnpinned: number | null;
  /** Server CPU ms per update at the 1,000/s probe (the same offered load for every contender). */
  probeCpuMsPerUpdate: number | null;
  probeCpuMsPerUpdateUnpinned: number | null;
  /** Update-to-peer latency at 3,000 updates/s. */
  p50AtLatencyRateMs: number | null;
  p99AtLatencyRateMs: number | null;
  /** Concord only: the relay's longest event-loop delay in the 3,000/s step. */
  loopMaxAtLatencyRateMs: number | null;
  /** RSS before the first connection, and what each idle connection adds (KB) at each measured count. */
  baselineRssMb: number | null;
  growthPerConnectionKb: Record<string, number>;
  reconnectMs: number | null;
  ackedLost: number | null;
  /** How "acknowledged" was decided for reconnectMs and ackedLost: a stored receipt, or a peer having it. */
  ackBasis: 'receipt' | 'merged' | null;
  /** Bytes the reconnecting lead sent / received over the minimal Yjs diff each way. */
  wireUpRatio: number | null;
  wireDownRatio: number | null;
  notes: string[];
  details: {
    ramps?: RampsResult;
    memory?: MemoryResult;
    churn?: ChurnResult;
    reconnect?: ReconnectResult;
    sigkill?: SigkillResult;
    wire?: WireResult;
  };
};

export type Results = {
  generatedAt: string;
  scale: 'quick' | 'full';
  machine: {
    cores: number;
    memoryGb: number;
    node: string;
    cpuModel: string;
    loadAverageAtStart: number[];
    /** VmRSS of a Node process that loads nothing: the floor under every relay's idle RSS. */
    nodeAloneRssMb: number | null;
  };
  relay: Record<ContenderName, RelayFigures>;
  client: {
    importMs: Record<string, number> | null;
    open2000Ms: number | null;
    inputToPaintP95Ms: number | null;
    shellGzipKb: number | null;
    slow4gFirstLoadMs: number | null;
    offlineReloadMs: number | null;
    shellFiles: string[];
    notes: string[];
  };
  targets: Target[];
};

export type Target = { what: string; value: string; target: string; status: 'met' | 'not met' | 'not measured' };

export function emptyRelayFigures(): RelayFigures {
  return {
    maxUpdatesPerSec: null,
    maxUpdatesPerSecUnpinned: null,
    probeCpuMsPerUpdate: null,
    probeCpuMsPerUpdateUnpinned: null,
    p50AtLatencyRateMs: null,
    p99AtLatencyRateMs: null,
    loopMaxAtLatencyRateMs: null,
    baselineRssMb: null,
    growthPerConnectionKb: {},
    reconnectMs: null,
    ackedLost: null,
    ackBasis: null,
    wireUpRatio: null,
    wireDownRatio: null,
    notes: [],
    details: {},
  };
}

/** The throughput headline figures from a contender's ramps: pinned medians where there are pinned ramps. */
export function rampFigures(r: RampsResult): Partial<RelayFigures> {
  const headline = r.pinned ?? r.unpinned;
  const m = (s: Spread) => (s === null ? null : s.median);
  return {
    maxUpdatesPerSec: m(headline.maxUpdatesPerSec),
    maxUpdatesPerSecUnpinned: m(r.unpinned.maxUpdatesPerSec),
    probeCpuMsPerUpdate: m(headline.probeCpuMsPerUpdate),
    probeCpuMsPerUpdateUnpinned: m(r.unpinned.probeCpuMsPerUpdate),
    p50AtLatencyRateMs: m(headline.p50AtLatencyRateMs),
    p99AtLatencyRateMs: m(headline.p99AtLatencyRateMs),
    loopMaxAtLatencyRateMs: m(headline.loopMaxAtLatencyRateMs),
  };
}

export function clientSection(figures: ClientFigures): Results['client'] {
  const notes = Object.entries(figures).flatMap(([key, f]) => (f.reason ? [`${key}: ${f.reason}`] : []));
  return {
    importMs: figures.importMs.value,
    open2000Ms: figures.open2000Ms.value,
    inputToPaintP95Ms: figures.inputToPaintP95Ms.value,
    shellGzipKb: figures.shellGzipKb.value,
    slow4gFirstLoadMs: figures.slow4gFirstLoadMs.value,
    offlineReloadMs: figures.offlineReloadMs.value,
    shellFiles: figures.shellGzipKb.files ?? [],
    notes,
  };
}
