/**
 * What a relay node needs to share rooms with other nodes over one durable log. The feed only wakes nodes and
 * carries presence; documents always travel through the store (UpdateStore.readAfter), so a lost wake-up delays an
 * update until the next poll but never loses it.
 */
export interface ClusterFeed {
  /** Starts listening; `handlers` hear other nodes' events only, never this node's own. */
  start(handlers: ClusterHandlers): Promise<void>;
  /** Tells the other nodes about presence in `room`; `null` asks them to send theirs (a room just loaded here). */
  publishAwareness(room: string, update: Uint8Array | null): void;
  /** The last stored seq of each of `rooms` that has rows: the poll that backs up lost notifications. */
  lastSeqs(rooms: string[]): Promise<Map<string, number>>;
  /** Stops listening. */
  close(): Promise<void>;
}

/** Callbacks a feed calls for events from other nodes. */
export interface ClusterHandlers {
  /** Another node stored row `seq` of `room`. */
  roomChanged(room: string, seq: number): void;
  /** Another node's presence update for `room`, or `null` when it asks for this node's. */
  awareness(room: string, update: Uint8Array | null): void;
  /** Token `tokenId` was revoked (on any node): drop its live connections here. */
  tokenRevoked(tokenId: string): void;
}

/** Transaction origin of document rows and presence that came from another node (never sent back out). */
export const CLUSTER_ORIGIN = Symbol('cluster');
