import * as Y from 'yjs';
import { mutate } from '../model/transact';
import { setIfChanged } from '../model/items';
import { GroupModelError } from './errors';
import { isGroupId } from './group-id';
import { GROUP_KEY, GROUP_ROOT, GROUP_SCHEMA_VERSION } from './schema';
import type { GroupDoc } from './types';

export type YEntry = Y.Map<unknown>;
type Root = keyof typeof GROUP_ROOT;

/** The root map `root` of a group doc (entries keyed by id; `group` holds the group's own fields). */
export function groupRoot(doc: GroupDoc, root: Root): Y.Map<YEntry> {
  return doc.getMap<YEntry>(GROUP_ROOT[root]);
}

function header(doc: GroupDoc): Y.Map<unknown> {
  return doc.getMap(GROUP_ROOT.group);
}

/** The group's id, or null while the doc holds no group (e.g. still arriving from the relay). */
export function groupIdOf(doc: GroupDoc): string | null {
  const id = header(doc).get(GROUP_KEY.id);
  return typeof id === 'string' ? id : null;
}

/** True once the doc holds a group. */
export function isGroupDoc(doc: GroupDoc): boolean {
  return groupIdOf(doc) !== null;
}

/** Throws unless the doc holds a group this version can write to. */
export function requireGroup(doc: GroupDoc): void {
  if (!isGroupDoc(doc)) throw new GroupModelError('not-initialised', 'the doc holds no group');
  const version = header(doc).get(GROUP_KEY.schemaVersion);
  if (typeof version === 'number' && version > GROUP_SCHEMA_VERSION) {
    throw new GroupModelError('invalid', `the group uses schema ${version}; this version knows up to ${GROUP_SCHEMA_VERSION}`);
  }
}

/** The entry `id` of `root`; throws GroupModelError('not-found'). */
export function requireEntry(doc: GroupDoc, root: Exclude<Root, 'group'>, id: string): YEntry {
  requireGroup(doc);
  const entry = groupRoot(doc, root).get(id);
  if (!(entry instanceof Y.Map)) throw new GroupModelError('not-found', `no ${root} entry ${id}`);
  return entry;
}

/** A trimmed, non-empty name of at most 200 characters; throws GroupModelError('invalid') naming `path`. */
export function checkName(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
    throw new GroupModelError('invalid', 'expected a name of 1 to 200 characters', path);
  }
  return value.trim();
}

/**
 * Makes an empty doc the working group `id`. A group is created once, on one device (the one that registered it
 * on the relay); everyone else joins it. Throws 'already-initialised' when the doc holds one.
 */
export function initGroup(doc: GroupDoc, init: { id: string; name: string }, origin?: unknown): void {
  if (isGroupDoc(doc)) throw new GroupModelError('already-initialised', 'the doc already holds a group');
  if (!isGroupId(init.id)) throw new GroupModelError('invalid', 'expected a group id (group-…)', 'id');
  const name = checkName(init.name, 'name');
  mutate(doc, origin, () => {
    const map = header(doc);
    map.set(GROUP_KEY.schemaVersion, GROUP_SCHEMA_VERSION);
    map.set(GROUP_KEY.id, init.id);
    map.set(GROUP_KEY.name, name);
  });
}

/** Renames the group. */
export function renameGroup(doc: GroupDoc, name: string, origin?: unknown): void {
  requireGroup(doc);
  const checked = checkName(name, 'name');
  mutate(doc, origin, () => setIfChanged(header(doc), GROUP_KEY.name, checked));
}

/** The group's name ('' while the doc holds none). */
export function groupNameOf(doc: GroupDoc): string {
  const name = header(doc).get(GROUP_KEY.name);
  return typeof name === 'string' ? name : '';
}

/** Calls `cb` with the origin after every transaction that changed the group; returns a function that stops it. */
export function observeGroup(doc: GroupDoc, cb: (origin: unknown) => void): () => void {
  const roots = new Set<unknown>(Object.values(GROUP_ROOT).map((name) => doc.getMap(name)));
  const handler = (tr: Y.Transaction): void => {
    for (const type of tr.changedParentTypes.keys()) {
      if (roots.has(type)) return cb(tr.origin);
    }
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
