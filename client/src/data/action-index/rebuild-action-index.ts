import { indexRowsOf, writeActionIndex } from './action-index';
import { deviceDb } from '../device/device-db';
import { acquireReplica } from '../replica/replica-registry';

/**
 * Rebuilds the action index from the plan docs on this device: every catalogued plan with no index rows (e.g.
 * stored before the index existed, or after the browser cleared it) is opened and indexed. Returns the ids indexed.
 */
export async function rebuildActionIndex(): Promise<string[]> {
  const planIds = await deviceDb.plans.toCollection().primaryKeys();
  const indexed = new Set(await deviceDb.actions.orderBy('planId').uniqueKeys());
  const done: string[] = [];
  for (const planId of planIds.filter((id) => !indexed.has(id))) {
    const { replica, release } = acquireReplica(planId);
    try {
      await replica.whenLoaded;
      const plan = replica.plan();
      if (!plan) continue;
      await writeActionIndex(planId, indexRowsOf(plan));
      done.push(planId);
    } finally {
      release();
    }
  }
  return done;
}
