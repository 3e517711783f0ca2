import type { Endpoint } from '../contenders';

/** Runner -> client-holder process (idle connections and connect/disconnect churn). */
export type HolderCommand =
  | { type: 'open'; endpoint: Endpoint; rooms: string[] }
  | { type: 'churn'; endpoint: Endpoint; rooms: string[]; perTick: number; tickMs: number; durationMs: number; seed: number }
  | { type: 'release' }
  | { type: 'exit' };

export type ChurnReport = { opened: number; closed: number; failedToSync: number; held: number };

/** Client-holder process -> runner. */
export type HolderEvent =
  | { type: 'opened'; held: number; ms: number }
  | { type: 'churned'; report: ChurnReport }
  | { type: 'released' }
  | { type: 'error'; message: string };
