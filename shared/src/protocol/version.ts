/**
 * Protocol versions: a client and a relay of different releases tell each other which versions of this wire
 * protocol they speak, as WebSocket subprotocols (`concord.1`), and speak the newest they share (PROTOCOL R35-R37).
 * Version 1 is y-websocket's sync and awareness with Concord's stored receipt, as the relay spoke before versions
 * were named; a client that names none is taken to speak it.
 */

/** The protocol version a client or relay speaks when it names none (those from before versions were named). */
export const UNNAMED_PROTOCOL_VERSION = 1;

/** The protocol versions this code speaks, oldest first; the relay and the client ship the same list. */
export const PROTOCOL_VERSIONS: readonly number[] = [1];

const PREFIX = 'concord.';

/** The WebSocket subprotocol that names `version`. */
export function subprotocolFor(version: number): string {
  return `${PREFIX}${version}`;
}

/** The version a subprotocol names, or null when it names none (another protocol, or garbage). */
export function versionOfSubprotocol(name: string): number | null {
  if (!name.startsWith(PREFIX)) return null;
  const digits = name.slice(PREFIX.length);
  return /^[1-9]\d{0,5}$/.test(digits) ? Number(digits) : null;
}

/**
 * The subprotocols a client offers: every version it speaks, oldest first. A relay from before versions were
 * named answers with the first one offered, which is then the one it speaks.
 */
export function offeredSubprotocols(versions: readonly number[] = PROTOCOL_VERSIONS): string[] {
  return versions.map(subprotocolFor);
}

/** Why a client and a relay cannot work together: the client is older than the relay serves, or the relay older. */
export type VersionMismatch = 'client-outdated' | 'relay-outdated';

/**
 * The version to speak with a client that offered `offered` subprotocols (its Concord versions; none: version 1),
 * given the versions `spoken` here: the newest both speak, or why there is none.
 */
export function negotiateProtocol(
  offered: readonly string[],
  spoken: readonly number[] = PROTOCOL_VERSIONS,
): { ok: true; version: number } | { ok: false; reason: VersionMismatch } {
  const named = offered.map(versionOfSubprotocol).filter((v): v is number => v !== null);
  const versions = named.length > 0 ? named : [UNNAMED_PROTOCOL_VERSION];
  const shared = versions.filter((v) => spoken.includes(v));
  if (shared.length > 0) return { ok: true, version: Math.max(...shared) };
  return { ok: false, reason: Math.max(...versions) < Math.min(...spoken) ? 'client-outdated' : 'relay-outdated' };
}

/**
 * Whether a client can work with the relay that answered its handshake with `answered` (the socket's protocol):
 * a version it speaks, or none at all (a relay from before versions, which speaks version 1).
 */
export function speaksAnswered(answered: string, spoken: readonly number[] = PROTOCOL_VERSIONS): boolean {
  const version = answered === '' ? UNNAMED_PROTOCOL_VERSION : versionOfSubprotocol(answered);
  return version !== null && spoken.includes(version);
}
