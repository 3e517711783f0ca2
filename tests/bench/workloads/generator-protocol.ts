import type { Endpoint } from '../contenders';
import type { SparseHistogram } from '../stats';

/** Runner -> generator process. */
export type GeneratorCommand =
  | { type: 'connect'; endpoint: Endpoint; rooms: string[]; clientsPerRoom: number }
  | { type: 'step'; ratePerSec: number; warmupMs: number; stepMs: number; drainMs: number }
  | { type: 'close' };

export type StepReport = {
  /** Updates sent inside the measured window. */
  measuredSent: number;
  /** Peer deliveries expected for them (sent x peers per room). */
  expectedDeliveries: number;
  histogram: SparseHistogram;
  /** This generator's own CPU time during the step (user + system), to tell when the generator is the limit. */
  generatorCpuMs: number;
  wallMs: number;
};

/** Generator process -> runner. */
export type GeneratorEvent =
  | { type: 'connected'; ms: number }
  | { type: 'step-done'; report: StepReport }
  | { type: 'error'; message: string };
