import * as Y from 'yjs';
import { copyStored, defineKey, withExtra } from './extra';
import { isMigrationRecord } from './migrations/doc-version';
import { ROOT } from './schema';
import type { PlanDoc } from './types';

// What a newer version wrote that this one does not know is passed on, never dropped: an older app that reads a
// newer plan exports it with the newer fields in place (see Migration: a new key's Plan JSON form is its JSON value).

const ROOT_NAMES: ReadonlySet<string> = new Set(Object.values(ROOT));

/** A stored value as JSON: Y types by their toJSON, plain values copied; binary and sub-docs (not JSON) are left out. */
function jsonOf(value: unknown): unknown {
  if (value instanceof Y.AbstractType) return value.toJSON() as unknown;
  if (value instanceof Uint8Array || value instanceof Y.Doc) return undefined;
  return copyStored(value);
}

/** Appends to `out` the map's keys that are not in `known` (a newer version's fields); never overrides a key. */
export function withNewerKeys<T extends object>(map: Y.Map<unknown>, out: T, known: ReadonlySet<string>): T {
  for (const [key, value] of map.entries()) {
    if (known.has(key) || isMigrationRecord(key) || Object.hasOwn(out, key)) continue;
    const json = jsonOf(value);
    if (json !== undefined) defineKey(out, key, json);
  }
  return out;
}

/** withNewerKeys, then the unknown keys a Plan JSON import stored as extra (never overriding a key either). */
export function withUnknownKeys<T extends object>(map: Y.Map<unknown>, out: T, known: ReadonlySet<string>): T {
  return withExtra(map, withNewerKeys(map, out, known));
}

/**
 * Appends the doc's root maps that this version does not know (a newer version's new collections) to the plan, each
 * as a top-level key. A root that arrived from another replica and was never read here is untyped: it is read as
 * a map when it holds keyed content only (Migration's rules: a new root is a Y.Map).
 */
export function withUnknownRoots<T extends object>(doc: PlanDoc, out: T): T {
  for (const [name, type] of doc.share) {
    if (ROOT_NAMES.has(name) || Object.hasOwn(out, name)) continue;
    const keyedOnly = type._start === null && type._map.size > 0;
    const map = type instanceof Y.Map ? type : keyedOnly && type.constructor === Y.AbstractType ? doc.getMap(name) : null;
    if (map) defineKey(out, name, map.toJSON());
  }
  return out;
}
