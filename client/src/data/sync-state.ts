/** What the sync indicator shows. `refused`: the server closed the room for good (e.g. access revoked). */
export type Connection = 'offline' | 'connecting' | 'synced' | 'refused';

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
}

export const INITIAL_SYNC: SyncState = {
  connection: 'connecting',
  pending: false,
  pendingCount: 0,
  lastSyncedAt: null,
  refusedReason: null,
};

export interface LinkFacts {
  online: boolean;
  wsConnected: boolean;
  synced: boolean;
  refusedReason: string | null;
}

/** navigator.onLine can be wrongly true (captive portals), never wrongly false, so offline wins first. */
export function connectionOf(link: LinkFacts): Connection {
  if (link.refusedReason !== null) return 'refused';
  if (!link.online) return 'offline';
  return link.wsConnected && link.synced ? 'synced' : 'connecting';
}
