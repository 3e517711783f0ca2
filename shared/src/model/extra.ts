import type * as Y from 'yjs';
import { ITEM_KEY } from './schema';

type Json = Record<string, unknown>;

/** Sets an own key even when its name is "__proto__" or one an object inherits (assignment would not). */
export function defineKey(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The keys of `obj` that are not in `known`, or null when there are none. */
export function extraKeys(obj: object, known: readonly string[]): Json | null {
  let extra: Json | null = null;
  for (const [key, value] of Object.entries(obj)) {
    if (known.includes(key) || value === undefined) continue;
    defineKey((extra ??= {}), key, value);
  }
  return extra;
}

/** Stores unknown keys as JSON text, so a newer version's fields survive this version reading and writing. */
export function writeExtra(map: Y.Map<unknown>, obj: object, known: readonly string[]): void {
  const extra = extraKeys(obj, known);
  if (extra) map.set(ITEM_KEY.extra, JSON.stringify(extra));
}

/** Appends the stored unknown keys to `out` (after its known keys; never overriding one). */
export function withExtra<T extends object>(map: Y.Map<unknown>, out: T): T {
  const raw = map.get(ITEM_KEY.extra);
  if (typeof raw !== 'string') return out;
  let extra: unknown;
  try {
    extra = JSON.parse(raw);
  } catch {
    return out;
  }
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) return out;
  for (const [key, value] of Object.entries(extra)) {
    if (!Object.hasOwn(out, key)) defineKey(out, key, value);
  }
  return out;
}

/** A JSON-clean deep copy, for plain values stored in the doc. */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A deep copy of a value read from the doc (already JSON-clean): much cheaper than a JSON round trip. */
export function copyStored<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyStored) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copyStored((value as Record<string, unknown>)[key]);
  return out as T;
}
