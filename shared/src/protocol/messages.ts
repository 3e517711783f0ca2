/**
 * Top-level message types: the first varUint of every frame. 0-3 are y-websocket's own; Concord's additions start
 * at 100 so a stock y-websocket client ignores them per instance (`provider.messageHandlers[type]`), and a Concord
 * client can still talk to a stock relay. docs/PROTOCOL.md gives each frame's layout and rules.
 */
export const MessageType = {
  /** y-protocols sync: `[0][varUint step][varUint8Array payload]`, step 0 = state vector, 1 = step 2, 2 = update. */
  sync: 0,
  /** y-protocols awareness: `[1][varUint8Array awareness update]`. */
  awareness: 1,
  /** y-websocket's auth message; the relay accepts it and ignores it (auth is the URL's token). */
  auth: 2,
  /** Asks for every known awareness state: `[3]`. */
  queryAwareness: 3,
  /**
   * Relay -> client receipt: `[100][varUint8Array stateVector]`, the state vector of everything the relay has
   * durably committed for this room. Sent after the first sync and after each batch of this client's updates has
   * been stored, so "saved to the server" means exactly that.
   */
  stored: 100,
} as const;

export type MessageType = (typeof MessageType)[keyof typeof MessageType];
