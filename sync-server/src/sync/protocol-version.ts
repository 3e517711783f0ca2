import type { IncomingMessage } from 'node:http';
import { CLOSE_CODE_OF, negotiateProtocol, subprotocolFor } from '@concord/shared/protocol';
import type { Admission } from './admit';

// The relay's half of the protocol-version handshake (docs/PROTOCOL.md R35, R36): the client offers its versions
// as WebSocket subprotocols; the relay answers with the newest both speak, or refuses with 4426 and says who is
// out of date. Kept apart from admission so it is decided before, and whatever admission becomes.

/** The subprotocols a request offered (the Sec-WebSocket-Protocol header, comma-separated), in its order. */
function offered(request: IncomingMessage): string[] {
  const header = request.headers['sec-websocket-protocol'];
  return (header ?? '').split(',').map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * For ws's `handleProtocols`: the subprotocol to answer with. With no version in common it still answers with one
 * the client offered, so the browser completes the handshake and hears the 4426 close and its reason (a handshake
 * without the header would fail in the browser with no reason at all).
 */
export function selectSubprotocol(protocols: Set<string>, request: IncomingMessage): string | false {
  const negotiated = negotiateProtocol([...protocols]);
  if (negotiated.ok) return subprotocolFor(negotiated.version);
  return offered(request)[0] ?? false;
}

/** The refusal for a client this relay shares no protocol version with; null when they have one. */
export function protocolRefusal(request: IncomingMessage): Admission | null {
  const negotiated = negotiateProtocol(offered(request));
  return negotiated.ok ? null : { ok: false, code: CLOSE_CODE_OF[negotiated.reason], reason: negotiated.reason };
}
