import { deviceDb } from '../device/device-db';
import { registerOnServer, SharingError } from './sharing-api';
import { readStoredAccess, storeAccess } from './stored-access';

const inFlight = new Map<string, Promise<void>>();
/** Owner tokens the server issued that are not stored on this device yet (storing failed): never register twice. */
const issued = new Map<string, string>();
/** The wait before the next try for plans whose last try met a transient fault (offline, server error). */
const retryDelayMs = new Map<string, number>();
const retryTimers = new Map<string, ReturnType<typeof setTimeout>>();
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;

/**
 * Creates a plan made on this device on the server, so it gets an owner token and from then on needs tokens.
 * Offline or a server fault leaves it for a later attempt (the plan works locally meanwhile): the next connection,
 * the browser coming back online, or a retry after a growing wait (1 s, 2 s, ... 60 s), whichever comes first; a
 * connection that stays up would otherwise never try again. The plan syncs only once registered (plan-access.ts).
 * A server that will not register it (someone else did, or creating needs a server key) leaves it on this device
 * without a token: the relay refuses it, and the plans list says why.
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
  // The row may have lost a token this device already holds (a rebuilt catalogue, or storing it failed last time):
  // use it, never register again (the server would answer "exists", and the copy must not then be overwritten).
  const stored = issued.get(planId) ?? (await readStoredAccess(planId).catch(() => null))?.token ?? null;
  if (stored) return keepToken(planId, stored);
  let token: string;
  try {
    token = await registerOnServer(row.serverUrl, planId);
  } catch (error) {
    // A full server may have room later: like a fault, it is tried again; any other refusal is final.
    const transient = ['offline', 'server-error', 'storage-full'];
    if (error instanceof SharingError && !transient.includes(error.reason)) {
      retryDelayMs.delete(planId);
      await storeAccess(planId, { token: null, role: null });
      await deviceDb.plans.update(planId, { role: null });
      return;
    }
    retryLater(planId);
    return;
  }
  issued.set(planId, token);
  await keepToken(planId, token);
}

/** Stores an owner token in the catalogue and beside the doc; on failure it stays in memory for the next try. */
async function keepToken(planId: string, token: string): Promise<void> {
  try {
    await storeAccess(planId, { token, role: 'owner' });
    await deviceDb.plans.update(planId, { token, role: 'owner' });
    issued.delete(planId);
    retryDelayMs.delete(planId);
  } catch {
    retryLater(planId);
  }
}

/** One pending retry per plan, however many events (connections, going online) also tried and failed. */
function retryLater(planId: string): void {
  if (retryTimers.has(planId)) return;
  const delay = retryDelayMs.get(planId) ?? FIRST_RETRY_MS;
  retryDelayMs.set(planId, Math.min(delay * 2, MAX_RETRY_MS));
  const timer = setTimeout(() => {
    retryTimers.delete(planId);
    void registerPlan(planId).catch(() => {});
  }, delay);
  retryTimers.set(planId, timer);
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
