import * as Y from 'yjs';
import type { DecodedUpdate } from './check-update';

type Struct = DecodedUpdate['structs'][number];

/**
 * Whether an update integrates completely into a doc: `complete`; `missing`, it builds on content neither the doc
 * nor the update holds (a gap a fresh sync exchange fills); or `impossible`, it can never integrate whatever else
 * arrives (two of its items point at each other, or an item at later content of its own client).
 */
export type DependencyVerdict = 'complete' | 'missing' | 'impossible';

/** True unless `update` integrates into `doc` completely (see dependencyVerdict). */
export function lacksDependencies(update: DecodedUpdate, doc: Y.Doc): boolean {
  return dependencyVerdict(update, doc) !== 'complete';
}

/**
 * Says whether applying `update` to `doc` would integrate completely: Yjs would keep some of it pending, or throw
 * half-way. The check replays Yjs's integration order without touching the doc: each client's structs go in clock
 * order, and a struct may go once everything it points at (origin, right origin, parent) is in the doc or was
 * integrated before it. A struct that starts past what is known of its client (a gap, or after a Skip), one that
 * points at later content of its own client, a reference to content nobody sends, and a cycle (two items whose
 * origins point at each other) all leave structs waiting, and so refuse the update. The client's next sync
 * exchange sends a real gap's missing part first. Costs O(update + its clients); the doc is only asked for states.
 */
export function dependencyVerdict({ structs, ds }: DecodedUpdate, doc: Y.Doc): DependencyVerdict {
  const state = new Map<number, number>();
  const stateOf = (client: number) => state.get(client) ?? Y.getState(doc.store, client);
  const queues = new Map<number, { structs: Struct[]; next: number }>();
  for (const struct of structs) {
    const queue = queues.get(struct.id.client) ?? { structs: [], next: 0 };
    queues.set(struct.id.client, queue);
    queue.structs.push(struct);
  }
  /** Clients whose next struct waits for another client's content, by the client they wait for. */
  const waiting = new Map<number, number[]>();
  /** The client each blocked client waits for. */
  const waitsOn = new Map<number, number>();
  const ready = [...queues.keys()];
  while (ready.length > 0) {
    const client = ready.pop()!;
    const queue = queues.get(client)!;
    while (queue.next < queue.structs.length) {
      const struct = queue.structs[queue.next]!;
      if (struct instanceof Y.Skip) {
        queue.next++;
        continue;
      }
      const known = stateOf(client);
      if (struct.id.clock > known) return 'missing';
      const blocker = unmetDependency(struct, stateOf);
      if (blocker === client) return 'impossible'; // its own client's later content: its own turn never comes
      if (blocker !== null) {
        waiting.set(blocker, [...(waiting.get(blocker) ?? []), client]);
        waitsOn.set(client, blocker);
        break;
      }
      state.set(client, Math.max(known, struct.id.clock + struct.length));
      waitsOn.delete(client);
      queue.next++;
      const woken = waiting.get(client);
      if (woken) {
        waiting.delete(client);
        ready.push(...woken);
      }
    }
  }
  const unfinished = (client: number) => {
    const queue = queues.get(client);
    return queue !== undefined && queue.next < queue.structs.length;
  };
  // Structs left waiting: a chain of waits that comes back on itself is a cycle; one that ends is a gap.
  let verdict: DependencyVerdict = 'complete';
  for (const client of queues.keys()) {
    if (!unfinished(client)) continue;
    verdict = 'missing';
    const seen = new Set<number>();
    for (let at: number | undefined = client; at !== undefined && unfinished(at); at = waitsOn.get(at)) {
      if (seen.has(at)) return 'impossible';
      seen.add(at);
    }
  }
  if (verdict !== 'complete') return verdict;
  for (const [client, deletions] of ds.clients) {
    for (const { clock, len } of deletions) if (clock + len > stateOf(client)) return 'missing';
  }
  return 'complete';
}

/** The client whose content `struct` points at but is not yet there, or null when everything it needs is. */
function unmetDependency(struct: Struct, stateOf: (client: number) => number): number | null {
  if (!(struct instanceof Y.Item)) return null;
  const parent = struct.parent instanceof Y.ID ? struct.parent : null;
  for (const id of [struct.origin, struct.rightOrigin, parent]) {
    if (id !== null && id.clock >= stateOf(id.client)) return id.client;
  }
  return null;
}
