// Scale of each workload. `quick` is a smoke run (a few minutes); `full` is the one to report (see bench/README.md
// for how long it takes).

export type Scale = {
  name: 'quick' | 'full';
  throughput: {
    rooms: number;
    clientsPerRoom: number;
    generators: number;
    /** Offered total updates/s per ramp step. The first is the CPU probe, the same for every contender. */
    rates: readonly number[];
    /** The rate whose latency is compared (p50, p99): every ramp measures it, whatever happened below it. */
    latencyRate: number;
    /** An unmeasured step at the first rate before the ramp (JIT, first allocations of every room). */
    warmUpStepMs: number;
    warmupMs: number;
    stepMs: number;
    /** Time after a step's last send for late deliveries before they count as lost. */
    drainMs: number;
    /** Extra attempts at a step that was not sustained: the machine is shared, one noisy step must not end it. */
    retries: number;
    /** Ramps per contender, pinned and again unpinned. */
    repetitions: number;
  };
  memory: {
    rooms: number;
    /** Connection counts to measure at, in increasing order (each stage adds to the last). */
    connections: readonly number[];
    holders: number;
    settleMs: number;
    /** Stock and Hocuspocus say nothing about unloading: wait this long for them after the last client left. */
    peerUnloadWaitMs: number;
    unloadTimeoutMs: number;
  };
  churn: {
    /** Default length; `--churn-minutes=N` overrides it (the leak check proper is 30). */
    minutes: number;
    rooms: number;
    connections: number;
    holders: number;
    /** Clients each holder closes and opens again every tick. */
    perTick: number;
    tickMs: number;
    sampleMs: number;
    peerUnloadWaitMs: number;
    unloadTimeoutMs: number;
  };
  reconnect: { docBytes: number; offlineEdits: number; repeats: number };
  wire: { offlineEdits: number; serverEdits: number };
  sigkill: { rooms: number; clientsPerRoom: number; ratePerSec: number; killAfterMs: number };
  client: { importRepeats: number };
};

export const QUICK: Scale = {
  name: 'quick',
  throughput: {
    rooms: 40,
    clientsPerRoom: 5,
    generators: 2,
    rates: [800, 2000, 3000],
    latencyRate: 3000,
    warmUpStepMs: 1_000,
    warmupMs: 500,
    stepMs: 2_000,
    drainMs: 1_000,
    retries: 0,
    repetitions: 1,
  },
  memory: { rooms: 200, connections: [200, 1_000], holders: 2, settleMs: 1_000, peerUnloadWaitMs: 5_000, unloadTimeoutMs: 30_000 },
  churn: {
    minutes: 0.5,
    rooms: 100,
    connections: 200,
    holders: 2,
    perTick: 10,
    tickMs: 1_000,
    sampleMs: 10_000,
    peerUnloadWaitMs: 5_000,
    unloadTimeoutMs: 30_000,
  },
  reconnect: { docBytes: 160_000, offlineEdits: 5_000, repeats: 1 },
  wire: { offlineEdits: 5_000, serverEdits: 500 },
  sigkill: { rooms: 10, clientsPerRoom: 3, ratePerSec: 200, killAfterMs: 1_500 },
  client: { importRepeats: 5 },
};

export const FULL: Scale = {
  name: 'full',
  throughput: {
    rooms: 200,
    clientsPerRoom: 5,
    generators: 2,
    rates: [1_000, 1_500, 2_000, 3_000, 4_000, 5_000, 6_000, 8_000, 10_000, 12_000, 16_000],
    latencyRate: 3_000,
    warmUpStepMs: 3_000,
    warmupMs: 1_000,
    stepMs: 5_000,
    drainMs: 1_500,
    retries: 1,
    repetitions: 3,
  },
  memory: { rooms: 2_000, connections: [2_000, 10_000], holders: 2, settleMs: 10_000, peerUnloadWaitMs: 20_000, unloadTimeoutMs: 90_000 },
  churn: {
    minutes: 3,
    rooms: 2_000,
    connections: 2_000,
    holders: 2,
    perTick: 20,
    tickMs: 1_000,
    sampleMs: 30_000,
    peerUnloadWaitMs: 20_000,
    unloadTimeoutMs: 90_000,
  },
  reconnect: { docBytes: 160_000, offlineEdits: 5_000, repeats: 3 },
  wire: { offlineEdits: 5_000, serverEdits: 500 },
  sigkill: { rooms: 50, clientsPerRoom: 5, ratePerSec: 1_000, killAfterMs: 5_000 },
  client: { importRepeats: 15 },
};

/** Latency limit that defines "sustained" in the throughput ramp. */
export const P99_LIMIT_MS = 100;
/** A step also fails when fewer than this share of its expected peer deliveries arrived in time. */
export const MIN_DELIVERED_SHARE = 0.99;
/** ...or when the generators could not offer this share of the target rate (they, not the server, were the limit). */
export const MIN_OFFERED_SHARE = 0.95;
