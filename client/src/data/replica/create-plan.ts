import { concordatTemplate, isPlanDoc, loadPlanIntoDoc, newId, type Plan } from '@concord/shared';
import { planRowOf } from '../catalogue/catalogue-writer';
import { patchPlanRow } from '../device/device-db';
import { acquireReplica } from './replica-registry';
import { defaultServerUrl } from '../device/server-url';
import { registerPlan } from '../sharing/register-plan';
import { storeAccess } from '../sharing/stored-access';

/** Why creating a plan on this device was refused; the UI words it. */
export type CreatePlanReason = 'already-on-device';

export class CreatePlanError extends Error {
  override name = 'CreatePlanError';
  constructor(readonly reason: CreatePlanReason) {
    super(`cannot create plan: ${reason}`);
  }
}

/**
 * Writes a Plan JSON (e.g. from an import) into a new doc on this device and lists it in the catalogue.
 * The doc is created once, here; other devices join it by id, never by importing the same file again.
 * Returns the plan id.
 */
export async function createPlanFromJson(plan: Plan): Promise<string> {
  const { replica, release } = acquireReplica(plan.id);
  try {
    await replica.whenLoaded;
    if (isPlanDoc(replica.doc)) throw new CreatePlanError('already-on-device');
    loadPlanIntoDoc(replica.doc, plan);
    const row = planRowOf(plan, defaultServerUrl(), { pending: true, lastSyncedAt: null }, new Date().toISOString());
    // The catalogue row goes in now (not after the writer's delay) so the plans list shows it at once. This device
    // owns the plan; it gets its owner token when the server registers it (now, or once online).
    await storeAccess(plan.id, { token: null, role: 'owner' });
    await patchPlanRow(plan.id, {}, () => ({ ...row, role: 'owner', token: null }));
    void registerPlan(plan.id).catch(() => {});
    return plan.id;
  } finally {
    release();
  }
}

/** A new plan with the five standard Concordat sections and no actions. Returns the plan id. */
export function createPlanFromTemplate(title: string): Promise<string> {
  return createPlanFromJson(concordatTemplate({ id: newId(), title }));
}
