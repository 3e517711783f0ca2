import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { ModelError } from './errors';
import type { Placement } from './types';

/** An item's place among its siblings: a fractional-index key, ties broken by id. */
export interface Ordered {
  id: string;
  order: string;
}

/** Total order on siblings: by key, then by id, so replicas that generated the same key still agree. */
export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** The index at which `place` puts a new item among sorted `siblings`; throws for unknown or non-adjacent ids. */
export function placementIndex(siblings: readonly Ordered[], place: Placement = {}): number {
  const indexOf = (id: string, which: string): number => {
    const i = siblings.findIndex((s) => s.id === id);
    if (i < 0) throw new ModelError('not-found', `no sibling ${id} to place ${which}`, `place.${which}`);
    return i;
  };
  if (place.after !== undefined) {
    const i = indexOf(place.after, 'after') + 1;
    if (place.before !== undefined && siblings[i]?.id !== place.before) {
      throw new ModelError('invalid', 'place.after and place.before are not adjacent siblings', 'place');
    }
    return i;
  }
  if (place.before !== undefined) return indexOf(place.before, 'before');
  return siblings.length;
}

/** A new key for a slot, and new keys for siblings that had to be spread apart to make room. */
export interface Slot {
  order: string;
  rekeys: Ordered[];
}

/**
 * Finds a key for a new item at `index` among sorted `siblings`. When the neighbours share a key (two replicas
 * generated the same one) there is no key between them, so the run of equal keys is spread out first.
 */
export function slotAt(siblings: readonly Ordered[], index: number): Slot {
  const prev = siblings[index - 1];
  const next = siblings[index];
  if (!prev || !next || prev.order !== next.order) {
    return { order: generateKeyBetween(prev?.order ?? null, next?.order ?? null), rekeys: [] };
  }
  let start = index - 1;
  while (start > 0 && siblings[start - 1]!.order === prev.order) start--;
  let end = index;
  while (end < siblings.length && siblings[end]!.order === prev.order) end++;
  const run = siblings.slice(start, end);
  const keys = generateNKeysBetween(siblings[start - 1]?.order ?? null, siblings[end]?.order ?? null, run.length + 1);
  const at = index - start;
  const rekeys = run.map((s, i) => ({ id: s.id, order: keys[i < at ? i : i + 1]! }));
  return { order: keys[at]!, rekeys };
}

/** Keys for `n` items in a row, for filling an empty parent. */
export function initialKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}
