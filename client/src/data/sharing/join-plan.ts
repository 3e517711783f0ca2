import { decodeJwt } from 'jose';
import { isRole } from '@concord/shared/protocol';
import { patchPlanRow, type PlanRole } from '../device/device-db';
import { defaultServerUrl } from '../device/server-url';
import { storeAccess } from './stored-access';

/** Why an invite link could not be used; the UI words it. */
export type JoinReason = 'malformed-link' | 'wrong-plan';

export class JoinError extends Error {
  override name = 'JoinError';
  constructor(readonly reason: JoinReason) {
    super(`cannot join plan: ${reason}`);
  }
}

/**
 * What an invite token says it grants. Read without verifying: only the server can, and it does on connect; the
 * device uses the role to decide what to show, never to grant anything.
 */
export function inviteClaims(token: string): { planId: string; role: PlanRole } {
  let claims;
  try {
    claims = decodeJwt(token);
  } catch {
    throw new JoinError('malformed-link');
  }
  const { sub, role } = claims;
  if (typeof sub !== 'string' || !isRole(role)) throw new JoinError('malformed-link');
  return { planId: sub, role };
}

/**
 * Adds the plan of an invite link to this device with its token and role (replacing an earlier token for it), so
 * opening the plan syncs it. Returns the role granted.
 */
export async function joinPlan(planId: string, token: string): Promise<PlanRole> {
  const claims = inviteClaims(token);
  if (claims.planId !== planId) throw new JoinError('wrong-plan');
  const now = new Date().toISOString();
  await storeAccess(planId, { token, role: claims.role });
  await patchPlanRow(planId, { token, role: claims.role, refusedReason: null }, () => ({
    id: planId,
    title: '',
    serverUrl: defaultServerUrl(),
    lastSyncedAt: null,
    pendingChanges: false,
    pendingCount: 0,
    ragCounts: { red: 0, amber: 0, green: 0, blue: 0, none: 0 },
    actionCount: 0,
    updatedAt: now,
  }));
  return claims.role;
}
