import * as Y from 'yjs';

/**
 * True when applying `update` to `doc` would leave structs or deletions pending: it starts past what the doc
 * holds for some client, skips a range, or points (origin, right origin, parent, deletion) at content that is
 * neither in the doc nor in the update. Yjs would keep such parts in memory waiting for the gap; the relay refuses
 * them instead, and the client's next sync exchange sends the missing part first. Costs O(update + clients).
 */
export function lacksDependencies(update: Uint8Array, doc: Y.Doc): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const end = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    const known = end.get(client) ?? 0;
    if (clock > known) return true;
    end.set(client, Math.max(known, clock + struct.length));
  }
  const has = (id: Y.ID | null) => id === null || id.clock < (end.get(id.client) ?? 0);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent instanceof Y.ID ? struct.parent : null;
    if (!has(struct.origin) || !has(struct.rightOrigin) || !has(parent)) return true;
  }
  for (const [client, deletions] of ds.clients) {
    for (const { clock, len } of deletions) if (clock + len > (end.get(client) ?? 0)) return true;
  }
  return false;
}
