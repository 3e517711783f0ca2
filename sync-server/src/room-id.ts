/** Room ids are plan ids (nanoid: A-Z a-z 0-9 _ -). The cap keeps them safe as SQL keys, URL segments and log fields. */
const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True when `value` may name a room (one room per plan id). */
export function isValidRoomId(value: string): boolean {
  return ROOM_ID.test(value);
}

/** The path prefix a y-websocket client's serverUrl ends with: `ws://host:port/sync`, room appended as `/<id>`. */
export const SYNC_PATH_PREFIX = '/sync/';

/**
 * The room id named by a sync request path (`/sync/<roomId>`, query already removed), or `null` when the path is
 * not a sync path at all. An invalid id is returned as-is so the caller can refuse it with a reason.
 */
export function roomIdFromPath(pathname: string): string | null {
  if (!pathname.startsWith(SYNC_PATH_PREFIX)) return null;
  return pathname.slice(SYNC_PATH_PREFIX.length);
}
