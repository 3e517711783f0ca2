import { deviceDb } from '../device/device-db';
import { rotateOwnerToken, SharingError } from './sharing-api';
import { storeAccess } from './stored-access';

/**
 * Retires this device's owner token for `planId` (owner tokens never expire; one may have leaked with a copied
 * link): the server issues a new one and revokes the old, and the device stores the new one, which reconnects the
 * plan with it (plan-access.ts). Throws SharingError; on a failure the old token is kept, still valid or not.
 */
export async function rotateOwnerAccess(planId: string): Promise<void> {
  const row = await deviceDb.plans.get(planId);
  if (!row || row.role !== 'owner' || !row.token) throw new SharingError('forbidden');
  const token = await rotateOwnerToken(row.serverUrl, planId, row.token);
  await storeAccess(planId, { token, role: 'owner' });
  await deviceDb.plans.update(planId, { token });
}
