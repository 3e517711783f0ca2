/**
 * What the sync indicator shows. `refused`: the server closed the room for good (e.g. access revoked). `held`: this
 * app keeps its changes on the device and sends nothing until it is updated (see HeldReason).
 */
export type Connection = 'offline' | 'connecting' | 'synced' | 'refused' | 'held';

/**
 * Why this device holds its changes back. `newer-plan`: a newer version of Concord saved the plan; `relay-outdated`:
 * the server speaks an older protocol than this app can use.
 */
export type HeldReason = 'newer-plan' | 'relay-outdated';

export interface SyncState {
  connection: Connection;
  /** Local edits the server has not yet confirmed as stored. */
  pending: boolean;
  /** How many (see PendingChanges); 0 when `pending` is false. */
  pendingCount: number;
  /** ISO date-time of the last exchange with the server, null if never. */
  lastSyncedAt: string | null;
  /** The server's machine-readable close reason when refused. */
  refusedReason: string | null;
  /** Why this device sends nothing until it is updated; null when it syncs normally. */
  heldReason: HeldReason | null;
}

export const INITIAL_SYNC: SyncState = {
  connection: 'connecting',
  pending: false,
  pendingCount: 0,
  lastSyncedAt: null,
  refusedReason: null,
  heldReason: null,
};

export interface LinkFacts {
  online: boolean;
  wsConnected: boolean;
  synced: boolean;
  refusedReason: string | null;
  heldReason?: HeldReason | null;
}

/** navigator.onLine can be wrongly true (captive portals), never wrongly false, so offline wins first. */
export function connectionOf(link: LinkFacts): Connection {
  if (link.refusedReason !== null) return 'refused';
  // Held comes before offline: coming online would not send anything either.
  if (link.heldReason) return 'held';
  if (!link.online) return 'offline';
  return link.wsConnected && link.synced ? 'synced' : 'connecting';
}
