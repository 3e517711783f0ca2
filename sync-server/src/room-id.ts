import { SYNC_PATH } from '@concord/shared/protocol';

/** The path prefix of every room: a y-websocket client's serverUrl ends with `/sync`, the room is appended as `/<id>`. */
export const SYNC_PATH_PREFIX = `${SYNC_PATH}/`;

/**
 * The room id named by a sync request path (`/sync/<roomId>`, query already removed), or `null` when the path is
 * not a sync path at all. An invalid id is returned as-is so the caller can refuse it with a reason.
 */
export function roomIdFromPath(pathname: string): string | null {
  if (!pathname.startsWith(SYNC_PATH_PREFIX)) return null;
  return pathname.slice(SYNC_PATH_PREFIX.length);
}
