import * as Y from 'yjs';
import type { DecodedUpdate } from './check-update';

/**
 * True when applying `update` to `doc` would leave structs or deletions pending: it starts past what the doc
 * holds for some client, skips a range, or points (origin, right origin, parent, deletion) at content that is
 * neither in the doc nor in the update. Yjs would keep such parts in memory waiting for the gap; the relay refuses
 * them instead, and the client's next sync exchange sends the missing part first. Costs O(update + its clients).
 */
export function lacksDependencies({ structs, ds }: DecodedUpdate, doc: Y.Doc): boolean {
  // Next clock per client: the doc's, moved on by the update's own structs as they are read in order.
  const end = new Map<number, number>();
  const endOf = (client: number) => end.get(client) ?? Y.getState(doc.store, client);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    const known = endOf(client);
    if (clock > known) return true;
    end.set(client, Math.max(known, clock + struct.length));
  }
  const has = (id: Y.ID | null) => id === null || id.clock < endOf(id.client);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent instanceof Y.ID ? struct.parent : null;
    if (!has(struct.origin) || !has(struct.rightOrigin) || !has(parent)) return true;
  }
  for (const [client, deletions] of ds.clients) {
    for (const { clock, len } of deletions) if (clock + len > endOf(client)) return true;
  }
  return false;
}
