/** Close codes after which a client reconnects: the RFC 6455 ones, and 4000, outside the refusal range. */
const RECONNECT_CODES = {
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
} as const;

/**
 * Refusals. 4400-4499 mirror HTTP 4xx: y-websocket (3.x) treats that range as permanent and stops reconnecting, so
 * only refusals that a retry cannot fix belong here.
 */
export const REFUSAL_CODES = {
  /** Malformed frame, malformed update, unknown message type, or an invalid room id. */
  badRequest: 4400,
  /** No token or an unverifiable one. */
  unauthorised: 4401,
  /** The token is valid but does not grant this room or this action (e.g. revoked). */
  forbidden: 4403,
  /** A message (or the document it would produce) exceeds the configured limit. */
  tooLarge: 4413,
  /** The client and the relay share no protocol version (HTTP 426 Upgrade Required): one of them must update. */
  upgradeRequired: 4426,
} as const;

/** WebSocket close codes the relay sends. docs/PROTOCOL.md states the rule behind each one. */
export const CloseCode = { ...RECONNECT_CODES, ...REFUSAL_CODES } as const;

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
  clientOutdated: 'client-outdated',
  relayOutdated: 'relay-outdated',
  outOfScope: 'out-of-scope',
  presenceTooLarge: 'presence-too-large',
  tooManyConnections: 'too-many-connections',
  relayBusy: 'relay-busy',
  storageFull: 'storage-full',
} as const;

export type CloseReason = (typeof CloseReason)[keyof typeof CloseReason];

/**
 * The one code each reason is sent with. A new reason must be given its code here (the compiler insists), which
 * decides whether clients treat it as a refusal or reconnect.
 */
export const CLOSE_CODE_OF = {
  'shutting-down': CloseCode.goingAway,
  'room-reset': CloseCode.goingAway,
  'store-failed': CloseCode.internalError,
  'invalid-room': CloseCode.badRequest,
  'malformed-message': CloseCode.badRequest,
  'malformed-update': CloseCode.badRequest,
  'malformed-awareness': CloseCode.badRequest,
  'unknown-message': CloseCode.badRequest,
  'message-too-large': CloseCode.tooLarge,
  unauthorised: CloseCode.unauthorised,
  forbidden: CloseCode.forbidden,
  'token-expired': CloseCode.unauthorised,
  revoked: CloseCode.forbidden,
  'origin-not-allowed': CloseCode.forbidden,
  'document-too-large': CloseCode.tooLarge,
  'missing-dependencies': CloseCode.resync,
  'rate-limited': CloseCode.tryAgainLater,
  'slow-reader': CloseCode.tryAgainLater,
  'client-outdated': CloseCode.upgradeRequired,
  'relay-outdated': CloseCode.upgradeRequired,
  'out-of-scope': CloseCode.forbidden,
  'presence-too-large': CloseCode.tooLarge,
  'too-many-connections': CloseCode.tryAgainLater,
  'relay-busy': CloseCode.tryAgainLater,
  'storage-full': CloseCode.tryAgainLater,
} as const satisfies Record<CloseReason, CloseCode>;

/** Codes after which a y-websocket client stops reconnecting. */
export type RefusalCode = (typeof REFUSAL_CODES)[keyof typeof REFUSAL_CODES];

/** True when `code` ends a connection for good: the client stops reconnecting and tells its user why. */
export function isRefusalCode(code: number): boolean {
  return code >= 4400 && code <= 4499;
}

/** The reasons sent with a refusal code: the ones a client puts into words for its user. */
export type RefusalReason = {
  [R in CloseReason]: (typeof CLOSE_CODE_OF)[R] extends RefusalCode ? R : never;
}[CloseReason];
