import { planRowOf } from './catalogue-writer';
import { deviceDb, type PlanRow } from '../device/device-db';
import { acquireReplica } from '../replica/replica-registry';
import { defaultServerUrl } from '../device/server-url';
import { readStoredAccess } from '../sharing/stored-access';

/**
 * Opens one stored plan doc and writes its catalogue row, with the access stored beside the doc (so a registered
 * plan keeps its token); false when the doc holds no plan.
 */
export async function restoreCatalogueRow(planId: string): Promise<boolean> {
  const { replica, release } = acquireReplica(planId);
  try {
    const [access] = await Promise.all([readStoredAccess(planId).catch(() => null), replica.whenLoaded]);
    const plan = replica.plan();
    if (!plan) return false;
    // Unknown sync history: assume unsynced until the server confirms, so nothing is reported safe too early.
    const row = planRowOf(plan, defaultServerUrl(), { pending: true, lastSyncedAt: null }, new Date().toISOString());
    await deviceDb.transaction('rw', deviceDb.plans, async () => {
      const existing = await deviceDb.plans.get(planId);
      // A row written meanwhile (the open doc's writer, a join) stands; only access it lacks comes from the copy.
      const restored: PlanRow = { ...(existing ?? row), id: planId };
      if (access && !restored.token) Object.assign(restored, access);
      await deviceDb.plans.put(restored);
    });
    return true;
  } finally {
    release();
  }
}
