import * as Y from 'yjs';
import { ModelError } from './errors';
import { compareOrdered, placementIndex, slotAt, type Ordered, type Slot } from './order';
import { schemaStatus } from './doc-schema';
import { ITEM_KEY, ITEM_KINDS, PLAN_KEY, ROOT, type ItemKind } from './schema';
import type { PlanDoc, Placement } from './types';

/** One section, group, action or meeting in the doc. */
export type YItem = Y.Map<unknown>;

/** The root map of plan-level fields. */
export function planMap(doc: PlanDoc): Y.Map<unknown> {
  return doc.getMap(ROOT.plan);
}

/** The root map holding every item of `kind`, keyed by id. */
export function itemsOf(doc: PlanDoc, kind: ItemKind): Y.Map<YItem> {
  return doc.getMap<YItem>(ITEM_KINDS[kind].root);
}

/** Throws ModelError('not-initialised') unless the doc holds a plan (of any version: reading is always safe). */
export function requirePlanToRead(doc: PlanDoc): void {
  if (typeof planMap(doc).get(PLAN_KEY.id) !== 'string') throw new ModelError('not-initialised', 'the doc holds no plan');
}

/**
 * Throws unless the doc holds a plan this version can write to: ModelError('newer-version') for a doc saved by a
 * newer version, whose fields and rules this code does not know.
 */
export function requirePlan(doc: PlanDoc): void {
  requirePlanToRead(doc);
  const { stored, known } = schemaStatus(doc);
  if (stored > known) {
    throw new ModelError('newer-version', `the doc was saved by schema ${stored}; this version knows up to ${known}`);
  }
}

/** The item `id` of `kind`; throws ModelError('not-found') (or 'not-initialised'). */
export function requireItem(doc: PlanDoc, kind: ItemKind, id: string): YItem {
  requirePlan(doc);
  const item = itemsOf(doc, kind).get(id);
  if (!(item instanceof Y.Map)) throw new ModelError('not-found', `no ${kind} ${id}`);
  return item;
}

/** The item's fractional-index key ('' for a damaged item, which then sorts first). */
export function orderOf(item: YItem): string {
  const order = item.get(ITEM_KEY.order);
  return typeof order === 'string' ? order : '';
}

/** The id of the item's parent (section of a group, group of an action); null for top-level kinds. */
export function parentOf(kind: ItemKind, item: YItem): string | null {
  const key = ITEM_KINDS[kind].parentKey;
  const parent = key === null ? null : item.get(key);
  return typeof parent === 'string' ? parent : null;
}

/** The children of `parentId` (or all items of a kind without parents), sorted, without `excludeId`. */
export function siblingsOf(doc: PlanDoc, kind: ItemKind, parentId: string | null, excludeId?: string): Ordered[] {
  const out: Ordered[] = [];
  itemsOf(doc, kind).forEach((item, id) => {
    if (id !== excludeId && parentOf(kind, item) === parentId) out.push({ id, order: orderOf(item) });
  });
  return out.sort(compareOrdered);
}

/** Resolves a placement to a slot; throws (before anything is written) when the placement is bad. */
export function slotFor(
  doc: PlanDoc,
  kind: ItemKind,
  parentId: string | null,
  place: Placement | undefined,
  excludeId?: string,
): Slot {
  if (excludeId !== undefined && (place?.before === excludeId || place?.after === excludeId)) {
    throw new ModelError('invalid', `cannot place ${kind} ${excludeId} next to itself`, 'place');
  }
  const siblings = siblingsOf(doc, kind, parentId, excludeId);
  return slotAt(siblings, placementIndex(siblings, place));
}

/** Writes an item's parent and order, and spreads tied siblings apart. Call inside a transaction. */
export function writeSlot(doc: PlanDoc, kind: ItemKind, item: YItem, parentId: string | null, slot: Slot): void {
  const parentKey = ITEM_KINDS[kind].parentKey;
  if (parentKey !== null && item.get(parentKey) !== parentId) item.set(parentKey, parentId);
  setIfChanged(item, ITEM_KEY.order, slot.order);
  const items = itemsOf(doc, kind);
  for (const { id, order } of slot.rekeys) items.get(id)?.set(ITEM_KEY.order, order);
}

/** Creates an empty item under `id` (inside a transaction) and returns it for filling. */
export function createItem(doc: PlanDoc, kind: ItemKind, id: string): YItem {
  const item: YItem = new Y.Map<unknown>();
  itemsOf(doc, kind).set(id, item);
  return item;
}

/** Sets a plain value only when it differs, so repeated saves of the same value do not grow the doc. */
export function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  const current = map.get(key);
  if (current === value) return;
  if (typeof value === 'object' && value !== null && JSON.stringify(current) === JSON.stringify(value)) return;
  map.set(key, value);
}

/** The Y.Text under `key`, created if a damaged or older doc lacks it. */
export function textIn(map: Y.Map<unknown>, key: string): Y.Text {
  const text = map.get(key);
  if (text instanceof Y.Text) return text;
  const created = new Y.Text();
  map.set(key, created);
  return created;
}
