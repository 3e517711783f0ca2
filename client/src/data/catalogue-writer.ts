import { ragCounts, type Plan } from '@concord/shared';
import { patchPlanRow, type PlanRow } from './device-db';
import type { SyncState } from './sync-state';
import { createActionIndexWriter } from './action-index';

export interface CatalogueFacts {
  plan: Plan | null;
  sync: SyncState;
  changedAt: string;
}

const CATALOGUE_DELAY_MS = 300;

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

/** Keeps a plan's catalogue row in step with its doc, a little behind so typing does not hammer IndexedDB. */
export function createCatalogueWriter(planId: string, serverUrl: string, facts: () => CatalogueFacts) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const indexActions = createActionIndexWriter(planId);
  const write = () => {
    timer = null;
    const { plan, sync, changedAt } = facts();
    if (!plan) return;
    const row = planRowOf(plan, serverUrl, sync, changedAt);
    void patchPlanRow(planId, row, () => row);
    indexActions(plan);
  };
  return {
    schedule() {
      timer ??= setTimeout(write, CATALOGUE_DELAY_MS);
    },
    flush() {
      if (!timer) return;
      clearTimeout(timer);
      write();
    },
  };
}
