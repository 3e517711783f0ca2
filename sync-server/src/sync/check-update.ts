import * as Y from 'yjs';

/** The verdict on an incoming update before it may touch a room's document. */
export type UpdateCheck = { ok: true; empty: boolean } | { ok: false };

/**
 * Decodes `update` completely and integrates it into an empty scratch document, so malformed bytes (truncated,
 * garbage, bad content) fail here instead of half-applying to a live room. Structs that depend on content the
 * scratch doc lacks simply stay pending there; that is normal for real updates and not an error. Costs O(update),
 * not O(document), so it can run on every keystroke.
 */
export function checkUpdate(update: Uint8Array): UpdateCheck {
  if (update.byteLength === 0) return { ok: false };
  try {
    const decoded = Y.decodeUpdate(update);
    // A fixed guid: a random one costs a crypto call per update on the relay's hot path.
    const scratch = new Y.Doc({ gc: false, guid: 'concord-check' });
    try {
      Y.applyUpdate(scratch, update);
    } finally {
      scratch.destroy();
    }
    return { ok: true, empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0 };
  } catch {
    return { ok: false };
  }
}
