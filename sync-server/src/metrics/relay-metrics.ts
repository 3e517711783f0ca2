import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { StoredRoom, UpdateStore } from '../store/update-store';
import { Counter, Gauge, Histogram, type Metric } from './prometheus';

/** Store latency buckets (seconds): SQLite answers in microseconds, PostgreSQL over a network in milliseconds. */
const STORE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] as const;

/** Live figures the relay reads when scraped. */
export interface MetricSources {
  connections(): number;
  roomsLoaded(): number;
  /** Bytes queued on all sockets and not yet sent. */
  unsentBytes(): number;
  /** Bytes the store takes (as of its last check). */
  storageBytes(): number;
  /** The configured limits, reported so an operator sees how close the relay runs to them. */
  limits: { perAddress: number; perToken: number; unsentBudgetBytes: number; maxStorageBytes: number };
}

/** The relay's metrics, served as `GET /metrics` in Prometheus text format. */
export class RelayMetrics {
  readonly updatesReceived = new Counter('concord_updates_received_total', 'Document updates received from clients, by outcome.', 'outcome');
  readonly refused = new Counter('concord_refused_messages_total', 'Connections refused or closed for a client fault, by reason.', 'reason');
  readonly storeSeconds = new Histogram('concord_store_seconds', 'Latency of update store calls, by operation.', 'op', STORE_BUCKETS);
  private readonly all: Metric[];
  /** Event-loop delay since the previous scrape: how long a message could wait before the relay got to it. */
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });

  constructor(sources: MetricSources) {
    this.loopDelay.enable();
    this.all = [
      new Gauge('concord_connections', 'Open WebSocket connections.', sources.connections),
      new Gauge('concord_rooms_loaded', 'Plan documents loaded in memory.', sources.roomsLoaded),
      new Gauge('concord_unsent_bytes', 'Bytes of frames queued on all sockets, not yet sent.', sources.unsentBytes),
      new Gauge('concord_limit_unsent_budget_bytes', 'Budget for unsent frames; past it the slowest readers are closed.', () => sources.limits.unsentBudgetBytes),
      new Gauge('concord_limit_connections_per_address', 'Open sockets allowed from one peer address.', () => sources.limits.perAddress),
      new Gauge('concord_limit_connections_per_token', 'Open sockets allowed with one token.', () => sources.limits.perToken),
      new Gauge('concord_storage_bytes', 'Bytes the update store takes (checked every few seconds).', sources.storageBytes),
      new Gauge('concord_limit_storage_bytes', 'Total-storage quota; past it updates and new plans are refused.', () => sources.limits.maxStorageBytes),
      this.updatesReceived,
      this.refused,
      this.storeSeconds,
      new Gauge('process_resident_memory_bytes', 'Resident set size of the relay process.', () => process.memoryUsage.rss()),
      new Gauge('nodejs_heap_used_bytes', 'V8 heap in use.', () => process.memoryUsage().heapUsed),
      new Gauge('nodejs_eventloop_delay_p99_seconds', 'p99 event-loop delay since the previous scrape.', () => this.loopDelay.percentile(99) / 1e9),
      new Gauge('nodejs_eventloop_delay_max_seconds', 'Longest event-loop delay since the previous scrape.', () => this.loopDelay.max / 1e9),
    ];
  }

  /** The exposition text; the event-loop delay figures start again from each scrape. */
  render(): string {
    const text = this.all.map((m) => m.render()).join('');
    this.loopDelay.reset();
    return text;
  }

  /** Stops sampling the event loop (the relay is closing). */
  stop(): void {
    this.loopDelay.disable();
  }

  /** `store` with every call timed into `concord_store_seconds`. */
  instrument(store: UpdateStore): UpdateStore {
    const time = <T>(op: string, call: () => Promise<T>): Promise<T> => {
      const start = process.hrtime.bigint();
      return call().finally(() => this.storeSeconds.observe(op, Number(process.hrtime.bigint() - start) / 1e9));
    };
    return {
      load: (room): Promise<StoredRoom> => time('load', () => store.load(room)),
      readAfter: (room, afterSeq) => time('read_after', () => store.readAfter(room, afterSeq)),
      listRooms: () => time('list_rooms', () => store.listRooms()),
      totalBytes: () => time('total_bytes', () => store.totalBytes()),
      append: (room, update) => time('append', () => store.append(room, update)),
      compact: (room, snapshot, upToSeq) => time('compact', () => store.compact(room, snapshot, upToSeq)),
      close: () => store.close(),
    };
  }
}
