import * as Y from 'yjs';

/** An update's structs and delete set, decoded once and shared by every check the relay runs on it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** The verdict on an incoming update before it may touch a room's document. */
export type UpdateCheck = { ok: true; empty: boolean; decoded: DecodedUpdate } | { ok: false };

/**
 * Decodes `update` completely (every struct, its content and the delete set), so truncated or garbage bytes fail
 * here instead of half-applying to a live room. What decoding cannot see (references to other content) is checked
 * against the room's document by `lacksDependencies`; a live doc that still throws on an update is reset from the
 * store (see Room). Costs O(update), not O(document), and
 * allocates no document, so it can run on every keystroke.
 */
export function checkUpdate(update: Uint8Array): UpdateCheck {
  if (update.byteLength === 0) return { ok: false };
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { ok: false };
  }
  return { ok: true, empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0, decoded };
}
