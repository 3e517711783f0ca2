import { Replica } from './plan-replica';

/** Keep a closed plan's doc warm briefly: moving between list and plan should not reconnect. */
const RELEASE_DELAY_MS = 15_000;

interface Entry {
  replica: Replica;
  refs: number;
  releaseTimer: ReturnType<typeof setTimeout> | null;
}

const open = new Map<string, Entry>();

/** The plan's replica if one is open (e.g. by openPlanEarly), without holding it: for a screen's first render. */
export function openReplica(planId: string): Replica | null {
  return open.get(planId)?.replica ?? null;
}

/** Opens (or shares) one plan's replica; there is at most one per plan per page. Call release when done. */
export function acquireReplica(planId: string): { replica: Replica; release: () => void } {
  let entry = open.get(planId);
  if (!entry) {
    entry = { replica: new Replica(planId), refs: 0, releaseTimer: null };
    open.set(planId, entry);
  }
  if (entry.releaseTimer) clearTimeout(entry.releaseTimer);
  entry.releaseTimer = null;
  entry.refs++;
  const held = entry;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (--held.refs > 0) return;
    held.releaseTimer = setTimeout(() => {
      if (held.refs > 0) return;
      open.delete(planId);
      held.replica.destroy();
    }, RELEASE_DELAY_MS);
  };
  return { replica: held.replica, release };
}
