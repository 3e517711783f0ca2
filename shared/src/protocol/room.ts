/** Room ids are plan ids (nanoid: A-Z a-z 0-9 _ -). The cap keeps them safe as SQL keys, URL segments and log fields. */
const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True when `value` may name a room (one room per plan id). */
export function isValidRoomId(value: string): boolean {
  return ROOM_ID.test(value);
}

/** The path a client's serverUrl ends with (`ws://host:port/sync`); the room is appended as `/<id>`. */
export const SYNC_PATH = '/sync';

/** The query parameter of a sync URL that carries the capability token. */
export const TOKEN_PARAM = 'token';
