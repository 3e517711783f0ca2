import type { IncomingMessage } from 'node:http';
import { CloseCode, CloseReason, isValidRoomId, TOKEN_PARAM, type Role } from '@concord/shared/protocol';
import { roomIdFromPath } from '../room-id';
import { protocolRefusal } from './protocol-version';

/** The rights a connection was admitted with. */
export interface Grant {
  role: Role;
  /** The capability token's id, so revoking it can drop this connection; null when admitted without one. */
  tokenId: string | null;
  /**
   * Further keys whose revocation ends this connection besides the token's own (e.g. the group membership and the
   * plan's place in the group that a group member token was admitted through).
   */
  accessKeys?: readonly string[];
  /**
   * What the connection's updates may change, when less than the whole document: `lead-responses` for an update
   * request link (only the responses of the request's own actions; see leadScopeViolation in shared/).
   */
  scope?: 'lead-responses';
}

/** Everything the relay knows about a connection attempt when deciding on it. */
export interface AdmissionRequest {
  roomId: string;
  /** The `token` URL parameter, or null when absent. */
  token: string | null;
  /** The Origin header, when the client sent one (browsers do). */
  origin: string | null;
  request: IncomingMessage;
}

/** Admitted with a grant, or refused with a close code and reason. */
export type Admission =
  | { ok: true; roomId: string; grant: Grant }
  | { ok: false; code: CloseCode; reason: CloseReason };

/**
 * Decides whether a connection may join a room. This is where signed capability tokens plug in: verify
 * `token` for `roomId` and return its role, or refuse with CloseCode.unauthorised / forbidden.
 */
export type Authorize = (request: AdmissionRequest) => Promise<Admission>;

/** Everyone with a valid room id is an editor and the token is ignored (embedders and tests; the CLI uses Sharing). */
export const admitEveryone: Authorize = async ({ roomId }) => ({ ok: true, roomId, grant: { role: 'editor', tokenId: null } });

/**
 * Admission for an upgrade request to `/sync/<roomId>?token=…`: checks the client speaks a protocol version this
 * relay does (an outdated client is told so before anything else), validates the room id, then asks `authorize`.
 * Returns null when the path is not a sync path at all (the caller answers 404).
 */
export async function admit(request: IncomingMessage, authorize: Authorize): Promise<Admission | null> {
  const url = new URL(request.url ?? '/', 'http://relay.invalid');
  const roomId = roomIdFromPath(url.pathname);
  if (roomId === null) return null;
  const versionRefusal = protocolRefusal(request);
  if (versionRefusal) return versionRefusal;
  if (!isValidRoomId(roomId)) return { ok: false, code: CloseCode.badRequest, reason: CloseReason.invalidRoom };
  const origin = request.headers.origin ?? null;
  return authorize({ roomId, token: url.searchParams.get(TOKEN_PARAM), origin, request });
}
