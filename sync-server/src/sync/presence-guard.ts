import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Role } from '@concord/shared/protocol';

/** Caps on what one socket may announce. */
export interface PresenceLimits {
  /** Awareness client ids one socket may introduce (a device has one per open plan; tabs have their own sockets). */
  maxEntries: number;
  /** Largest JSON state of one entry, in bytes. */
  maxEntryBytes: number;
}

export const DEFAULT_PRESENCE_LIMITS: PresenceLimits = { maxEntries: 4, maxEntryBytes: 4096 };

/** What the relay knows of the socket an awareness update came from. */
export interface PresenceSender {
  role: Role;
  /** Whether this socket introduced client id `id`. */
  owns(id: number): boolean;
  /** How many client ids this socket has introduced. */
  owned: number;
  /** The clock of client id `id`'s live presence in the room (another socket's, or another node's), or null. */
  presentAt(id: number): number | null;
}

/** The update to apply (only the sender's own entries, as the relay rewrote them), or why it is refused. */
export type PresenceVerdict =
  | { ok: true; update: Uint8Array | null; forged: number[] }
  | { ok: false; reason: 'malformed' | 'too-many' | 'too-large' };

/** The presence field of Concord's own awareness state (client/src/data/presence.ts). */
const PRESENCE_FIELD = 'concord';

/**
 * Screens one socket's awareness update before the room applies it. A socket speaks only for the client ids it
 * introduced: an entry for an id someone else has live presence under is ignored (so nobody can overwrite another
 * person's presence, or remove it by leaving). y-websocket clients echo every change they hear, so an entry no
 * newer than the room's is an echo, dropped quietly; a newer one is a forgery, reported in `forged`. New ids count against `maxEntries`; a state over `maxEntryBytes`
 * refuses the update. The relay rewrites what it relays of Concord's presence: a viewer is never `facilitating`
 * (followers would follow it), and the name is marked `nameDeclared` (the device said it; no token vouches for it).
 */
export function screenPresence(update: Uint8Array, sender: PresenceSender, limits: PresenceLimits): PresenceVerdict {
  let entries: { id: number; clock: number; state: unknown }[];
  try {
    entries = decodeEntries(update, limits.maxEntryBytes);
  } catch (error) {
    return { ok: false, reason: error instanceof EntryTooLarge ? 'too-large' : 'malformed' };
  }
  const forged: number[] = [];
  const kept: typeof entries = [];
  let introduced = sender.owned;
  for (const entry of entries) {
    if (!sender.owns(entry.id)) {
      const clock = sender.presentAt(entry.id);
      if (clock !== null) {
        if (entry.clock > clock) forged.push(entry.id);
        continue;
      }
      if (entry.state !== null && ++introduced > limits.maxEntries) return { ok: false, reason: 'too-many' };
    }
    kept.push({ ...entry, state: rewrite(entry.state, sender.role) });
  }
  return { ok: true, update: kept.length === 0 ? null : encodeEntries(kept), forged };
}

class EntryTooLarge extends Error {}

function decodeEntries(update: Uint8Array, maxEntryBytes: number) {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: { id: number; clock: number; state: unknown }[] = [];
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > maxEntryBytes) throw new EntryTooLarge();
    entries.push({ id, clock, state: JSON.parse(json) as unknown });
  }
  return entries;
}

/** An awareness update (y-protocols' format) holding exactly these entries. */
export function encodeEntries(entries: readonly { id: number; clock: number; state: unknown }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { id, clock, state } of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

function rewrite(state: unknown, role: Role): unknown {
  if (typeof state !== 'object' || state === null) return state;
  const presence = (state as Record<string, unknown>)[PRESENCE_FIELD];
  if (typeof presence !== 'object' || presence === null) return state;
  const rewritten: Record<string, unknown> = { ...(presence as Record<string, unknown>), nameDeclared: true };
  if (role === 'viewer') rewritten.facilitating = false;
  return { ...state, [PRESENCE_FIELD]: rewritten };
}
