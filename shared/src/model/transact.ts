import type { Origin, PlanDoc } from './types';

/** The origin of changes made on this device through the model's mutators, unless the caller names another. */
export const LOCAL_ORIGIN = 'concord:local' as const;

/** Runs `fn` as one Yjs transaction. Callers validate first: a throw inside would leave partial writes. */
export function mutate(doc: PlanDoc, origin: Origin, fn: () => void): void {
  doc.transact(fn, origin === undefined ? LOCAL_ORIGIN : origin);
}
