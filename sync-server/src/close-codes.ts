/**
 * WebSocket close codes the relay sends. 4400-4499 mirror HTTP 4xx: y-websocket (3.x) treats that range as
 * permanent and stops reconnecting, so only refusals that a retry cannot fix belong there. Codes below 4000 are
 * the RFC 6455 ones; clients reconnect after them.
 */
export const CloseCode = {
  /** Server shutting down or room reset; the client should reconnect. */
  goingAway: 1001,
  /** Unexpected server fault (e.g. the store failed); reconnecting later may work. */
  internalError: 1011,
  /** Overloaded by this client (rate, slow reader): y-websocket reconnects with backoff. */
  tryAgainLater: 1013,
  /**
   * An update needs content the relay does not have yet. Reconnecting helps: the fresh sync exchange sends
   * exactly what is missing, so this stays outside 4400-4499.
   */
  resync: 4000,
  /** Malformed frame, malformed update, unknown message type, or an invalid room id. */
  badRequest: 4400,
  /** No token or an unverifiable one. */
  unauthorised: 4401,
  /** The token is valid but does not grant this room or this action (e.g. revoked). */
  forbidden: 4403,
  /** A message (or the document it would produce) exceeds the configured limit. */
  tooLarge: 4413,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/**
 * Close reasons are machine-readable words (RFC 6455 caps them at 123 bytes); clients map them to text.
 */
export const CloseReason = {
  shuttingDown: 'shutting-down',
  roomReset: 'room-reset',
  storeFailed: 'store-failed',
  invalidRoom: 'invalid-room',
  malformedMessage: 'malformed-message',
  malformedUpdate: 'malformed-update',
  malformedAwareness: 'malformed-awareness',
  unknownMessage: 'unknown-message',
  messageTooLarge: 'message-too-large',
  unauthorised: 'unauthorised',
  forbidden: 'forbidden',
  tokenExpired: 'token-expired',
  revoked: 'revoked',
  originNotAllowed: 'origin-not-allowed',
  documentTooLarge: 'document-too-large',
  missingDependencies: 'missing-dependencies',
  rateLimited: 'rate-limited',
  slowReader: 'slow-reader',
} as const;

export type CloseReason = (typeof CloseReason)[keyof typeof CloseReason];
