import { deviceDb } from './device-db';
import { registerOnServer, SharingError } from './sharing-api';
import { readStoredAccess, storeAccess } from './stored-access';

const inFlight = new Map<string, Promise<void>>();

/**
 * Creates a plan made on this device on the server, so it gets an owner token and from then on needs tokens.
 * Offline or a server fault leaves it for a later attempt (the plan works locally meanwhile); a server that will
 * not register it (someone else did, or creating needs a server key) leaves it syncing without a token.
 */
export function registerPlan(planId: string): Promise<void> {
  let running = inFlight.get(planId);
  if (!running) {
    running = attempt(planId).finally(() => inFlight.delete(planId));
    inFlight.set(planId, running);
  }
  return running;
}

async function attempt(planId: string): Promise<void> {
  const row = await deviceDb.plans.get(planId);
  if (!row || row.role !== 'owner' || row.token) return;
  // The row may have lost a token this device already holds (a rebuilt catalogue): use it, never register again
  // (the server would answer "exists", and the copy must not then be overwritten).
  const stored = await readStoredAccess(planId).catch(() => null);
  if (stored?.token) {
    await deviceDb.plans.update(planId, { token: stored.token, role: stored.role ?? 'owner' });
    return;
  }
  try {
    const token = await registerOnServer(row.serverUrl, planId);
    await storeAccess(planId, { token, role: 'owner' });
    await deviceDb.plans.update(planId, { token });
  } catch (error) {
    if (!(error instanceof SharingError) || error.reason === 'offline' || error.reason === 'server-error') return;
    await storeAccess(planId, { token: null, role: null });
    await deviceDb.plans.update(planId, { role: null });
  }
}

/** Registers every plan created here that is not on the server yet. Cheap when there is none. */
export async function registerPendingPlans(): Promise<void> {
  const pending = await deviceDb.plans.filter((row) => row.role === 'owner' && !row.token).primaryKeys();
  await Promise.all(pending.map(registerPlan));
}

let started = false;

/** Registers pending plans now and whenever the browser comes back online. */
export function startRegistration(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void registerPendingPlans().catch(() => {}));
  void registerPendingPlans().catch(() => {});
}
