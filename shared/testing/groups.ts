// Helpers for the group model's tests: a group doc, and replicas of it that exchange updates like devices.
import * as Y from 'yjs';
import { initGroup } from '../src/groups/group-doc';
import type { GroupDoc } from '../src/groups/types';

/** A doc holding a new group named `name`. */
export function groupDoc(id = 'group-test', name = 'County crisis care group'): GroupDoc {
  const doc = new Y.Doc();
  initGroup(doc, { id, name });
  return doc;
}

/** `n` replicas of one group: the first made it, the others joined it (as devices do: never a second init). */
export function groupReplicas(n: number): GroupDoc[] {
  const first = groupDoc();
  return [first, ...Array.from({ length: n - 1 }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    return doc;
  })];
}
