import { planRowOf } from './catalogue-writer';
import { patchPlanRow } from './device-db';
import { acquireReplica } from './replica-registry';
import { defaultServerUrl } from './server-url';

/** Opens one stored plan doc and writes its catalogue row; false when the doc holds no plan. */
export async function restoreCatalogueRow(planId: string): Promise<boolean> {
  const { replica, release } = acquireReplica(planId);
  try {
    await replica.whenLoaded;
    const plan = replica.plan();
    if (!plan) return false;
    // Unknown sync history: assume unsynced until the server confirms, so nothing is reported safe too early.
    const row = planRowOf(plan, defaultServerUrl(), { pending: true, lastSyncedAt: null }, new Date().toISOString());
    await patchPlanRow(planId, {}, () => row);
    return true;
  } finally {
    release();
  }
}
