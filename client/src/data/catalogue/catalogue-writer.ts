import { ragCounts, type Plan } from '@concord/shared';
import { patchPlanRow, type PlanRow } from '../device/device-db';
import type { SyncState } from '../replica/sync-state';
import { createActionIndexWriter } from '../action-index/action-index';

export interface CatalogueFacts {
  plan: Plan | null;
  sync: SyncState;
  changedAt: string;
}

const CATALOGUE_DELAY_MS = 300;
/** The latest an idle write waits after that delay, on a page that is never idle. */
const IDLE_DEADLINE_MS = 2000;

/** The catalogue row a plan's current state implies. */
export function planRowOf(
  plan: Plan,
  serverUrl: string,
  sync: Pick<SyncState, 'pending' | 'lastSyncedAt'> & { pendingCount?: number },
  changedAt: string,
): PlanRow {
  const counts = ragCounts(plan);
  return {
    id: plan.id,
    title: plan.title,
    serverUrl,
    lastSyncedAt: sync.lastSyncedAt,
    pendingChanges: sync.pending,
    pendingCount: sync.pendingCount ?? (sync.pending ? 1 : 0),
    ragCounts: counts,
    actionCount: Object.values(counts).reduce((a, b) => a + b, 0),
    updatedAt: changedAt,
  };
}

/** Runs `task` when the page is idle (within `deadlineMs` at the latest); returns a function that cancels it. */
function whenIdle(task: () => void, deadlineMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: deadlineMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/**
 * Keeps a plan's catalogue row and action index in step with its doc, a little behind so typing does not hammer
 * IndexedDB, and in idle time: right after a big plan opens, its rows are drawn first.
 */
export function createCatalogueWriter(planId: string, serverUrl: string, facts: () => CatalogueFacts) {
  let cancel: (() => void) | null = null;
  const indexActions = createActionIndexWriter(planId);
  const write = () => {
    cancel = null;
    const { plan, sync, changedAt } = facts();
    if (!plan) return;
    const row = planRowOf(plan, serverUrl, sync, changedAt);
    void patchPlanRow(planId, row, () => row);
    void indexActions(plan);
  };
  return {
    schedule() {
      if (cancel) return;
      const timer = setTimeout(() => {
        cancel = whenIdle(write, IDLE_DEADLINE_MS);
      }, CATALOGUE_DELAY_MS);
      cancel = () => clearTimeout(timer);
    },
    flush() {
      if (!cancel) return;
      cancel();
      write();
    },
  };
}
