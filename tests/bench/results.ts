import type { ClientFigures } from './client-figures';
import type { ContenderName } from './contenders';
import type { IdleResult } from './workloads/idle';
import type { ReconnectResult } from './workloads/reconnect';
import type { SigkillResult } from './workloads/sigkill';
import type { ThroughputResult } from './workloads/throughput';

/** The headline figures per contender (the shape bench/README.md documents). Null = not measured; see notes. */
export type RelayFigures = {
  maxUpdatesPerSec: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  idleRssMb: number | null;
  reconnectMs: number | null;
  ackedLost: number | null;
  cpuMsPerUpdate: number | null;
  /** CPU per update at a fixed probe rate, the same for every contender: the steadier comparison. */
  probeCpuMsPerUpdate: number | null;
  /**
   * 1000 / probeCpuMsPerUpdate: the rate at which the server would fill one core. Not a measured throughput, but
   * immune to the scheduler stalls other work on a shared machine puts into p99.
   */
  cpuBoundUpdatesPerSec: number | null;
  /** How "acknowledged" was decided for reconnectMs and ackedLost: a stored receipt, or a peer having it. */
  ackBasis: 'receipt' | 'merged' | null;
  notes: string[];
  details: {
    throughput?: ThroughputResult;
    idle?: IdleResult;
    reconnect?: ReconnectResult;
    sigkill?: SigkillResult;
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
  relay: Record<ContenderName, RelayFigures> & {
    ratios: {
      throughputVsStock: number | null;
      throughputVsHocuspocus: number | null;
      idleRssVsStock: number | null;
      cpuBoundVsStock: number | null;
      cpuBoundVsHocuspocus: number | null;
    };
  };
  client: {
    importMs: Record<string, number> | null;
    open2000Ms: number | null;
    inputToPaintP95Ms: number | null;
    shellGzipKb: number | null;
    shellFiles: string[];
    notes: string[];
  };
  targets: Target[];
};

export type Target = { what: string; value: string; target: string; status: 'met' | 'not met' | 'not measured' };

export function emptyRelayFigures(): RelayFigures {
  return {
    maxUpdatesPerSec: null,
    p50Ms: null,
    p99Ms: null,
    idleRssMb: null,
    reconnectMs: null,
    ackedLost: null,
    cpuMsPerUpdate: null,
    probeCpuMsPerUpdate: null,
    cpuBoundUpdatesPerSec: null,
    ackBasis: null,
    notes: [],
    details: {},
  };
}

export function clientSection(figures: ClientFigures): Results['client'] {
  const notes = Object.entries(figures).flatMap(([key, f]) => (f.reason ? [`${key}: ${f.reason}`] : []));
  return {
    importMs: figures.importMs.value,
    open2000Ms: figures.open2000Ms.value,
    inputToPaintP95Ms: figures.inputToPaintP95Ms.value,
    shellGzipKb: figures.shellGzipKb.value,
    shellFiles: figures.shellGzipKb.files ?? [],
    notes,
  };
}
