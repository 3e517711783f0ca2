/**
 * Concord's additions to the y-websocket protocol. Message types 0-3 are y-websocket's own (sync, awareness, auth,
 * query awareness); Concord's start at 100 so a stock y-websocket client ignores them per instance
 * (`provider.messageHandlers[type]`), and a Concord client can still talk to a stock relay.
 */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Relay -> client: `[varUint 100][varUint8Array stateVector]`, the state vector of everything the relay has
   * durably committed for this room. Sent after the first sync and after each batch of this client's updates has
   * been stored, so "saved to the server" means exactly that.
   */
  stored: 100,
} as const;
export type MessageType = (typeof MESSAGE)[keyof typeof MESSAGE];
