import { liveQuery } from 'dexie';
import type { WebsocketProvider } from 'y-websocket';
import { TOKEN_PARAM } from '@concord/shared/protocol';
import { deviceDb, type PlanRow } from '../device/device-db';
import { registerPlan } from './register-plan';

/**
 * Connects a plan's provider with this device's token from the catalogue, and reconnects whenever the token
 * changes (the plan was just registered, or an invite link was opened). A plan made here that the server has not
 * registered yet is registered first (now, or when the device is next online) and syncs only once it has its owner
 * token: no byte of it ever goes to an anonymous room. Also records refusals in the catalogue so the plans list can
 * show them. `onTokenChange` runs after a reconnect with a new token. Returns a stop function.
 */
export function connectWithAccess(planId: string, provider: WebsocketProvider, onTokenChange: () => void): () => void {
  let current: string | null | undefined;
  let row: PlanRow | undefined;
  const apply = (next: PlanRow | undefined) => {
    row = next;
    const token = next?.token ?? null;
    if (next?.role === 'owner' && token === null) return void registerPlan(planId).catch(() => {});
    if (token === current) return;
    const first = current === undefined;
    current = token;
    provider.params = token ? { [TOKEN_PARAM]: token } : {};
    if (!first) provider.disconnect();
    provider.connect();
    if (!first) onTokenChange();
  };
  const subscription = liveQuery(() => deviceDb.plans.get(planId)).subscribe({
    next: apply,
    // The catalogue is unreadable: still sync, as an unregistered plan would.
    error: () => apply(undefined),
  });
  const onSync = (synced: boolean) => {
    if (synced && row?.refusedReason) void deviceDb.plans.update(planId, { refusedReason: null });
  };
  const onClosed = (event: { code: number; reason: string }) => {
    void deviceDb.plans.update(planId, { refusedReason: event.reason || String(event.code) });
  };
  provider.on('sync', onSync);
  provider.on('closed', onClosed);
  return () => {
    subscription.unsubscribe();
    provider.off('sync', onSync);
    provider.off('closed', onClosed);
  };
}
