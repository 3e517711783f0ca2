/** Room ids are plan ids (nanoid: A-Z a-z 0-9 _ -). The cap keeps them safe as SQL keys, URL segments and log fields. */
const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True when `value` may name a room (one room per plan id). */
export function isValidRoomId(value: string): boolean {
  return ROOM_ID.test(value);
}

/**
 * A working group's document syncs in a room of its own, named `group-<id>`. Room ids and plan ids share one
 * alphabet, so the relay refuses this prefix for plans and keeps the two apart.
 */
export const GROUP_ROOM_PREFIX = 'group-';

const GROUP_ID = /^group-[A-Za-z0-9_-]{1,58}$/;

/** True when `value` names a working group (and so its room). */
export function isGroupId(value: string): boolean {
  return GROUP_ID.test(value);
}

/** The path a client's serverUrl ends with (`ws://host:port/sync`); the room is appended as `/<id>`. */
export const SYNC_PATH = '/sync';

/** The query parameter of a sync URL that carries the capability token. */
export const TOKEN_PARAM = 'token';

/**
 * An update request (one lead's part of a round) syncs in a room of its own, named `request-<id>`: it holds copies
 * of that lead's actions and the lead's responses, never the plan. The relay refuses this prefix for plans too.
 */
export const REQUEST_ROOM_PREFIX = 'request-';

const REQUEST_ID = /^request-[A-Za-z0-9_-]{1,56}$/;

/** True when `value` names an update request (and so its room). */
export function isRequestId(value: string): boolean {
  return REQUEST_ID.test(value);
}
