// Scale of each workload. `quick` is a smoke run (~1-2 minutes); `full` is the one to report (~15 minutes on 2 cores).

export type Scale = {
  name: 'quick' | 'full';
  throughput: {
    rooms: number;
    clientsPerRoom: number;
    generators: number;
    /** Offered total updates/s per ramp step; the ramp stops at the first step that is not sustained. */
    rates: readonly number[];
    warmupMs: number;
    stepMs: number;
    /** Time after a step's last send for late deliveries before they count as lost. */
    drainMs: number;
    /** Offered rate of the CPU probe step every contender gets, whatever its ramp does. */
    cpuProbeRate: number;
    /** Extra attempts at a step that was not sustained: the machine is shared, one noisy step must not end it. */
    retries: number;
  };
  idle: { connections: number; rooms: number; settleMs: number };
  reconnect: { docBytes: number; offlineEdits: number; repeats: number };
  sigkill: { rooms: number; clientsPerRoom: number; ratePerSec: number; killAfterMs: number };
  client: { importRepeats: number };
};

export const QUICK: Scale = {
  name: 'quick',
  throughput: {
    rooms: 40,
    clientsPerRoom: 5,
    generators: 2,
    rates: [200, 800, 2000],
    warmupMs: 500,
    stepMs: 2_000,
    drainMs: 1_000,
    cpuProbeRate: 800,
    retries: 1,
  },
  idle: { connections: 400, rooms: 80, settleMs: 1_000 },
  reconnect: { docBytes: 160_000, offlineEdits: 5_000, repeats: 1 },
  sigkill: { rooms: 10, clientsPerRoom: 3, ratePerSec: 200, killAfterMs: 1_500 },
  client: { importRepeats: 5 },
};

export const FULL: Scale = {
  name: 'full',
  throughput: {
    rooms: 200,
    clientsPerRoom: 5,
    generators: 2,
    rates: [250, 500, 1_000, 1_500, 2_000, 3_000, 4_000, 5_000, 6_000, 8_000, 10_000, 12_000, 16_000],
    warmupMs: 2_000,
    stepMs: 8_000,
    drainMs: 2_000,
    cpuProbeRate: 1_000,
    retries: 1,
  },
  idle: { connections: 2_000, rooms: 400, settleMs: 3_000 },
  reconnect: { docBytes: 160_000, offlineEdits: 5_000, repeats: 3 },
  sigkill: { rooms: 50, clientsPerRoom: 5, ratePerSec: 1_000, killAfterMs: 5_000 },
  client: { importRepeats: 15 },
};

/** Latency limit that defines "sustained" in the throughput ramp. */
export const P99_LIMIT_MS = 100;
/** A step also fails when fewer than this share of its expected peer deliveries arrived in time. */
export const MIN_DELIVERED_SHARE = 0.99;
/** ...or when the generators could not offer this share of the target rate (they, not the server, were the limit). */
export const MIN_OFFERED_SHARE = 0.95;
