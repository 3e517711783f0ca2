import { newId } from '../ids';
import { ModelError } from './errors';
import { createItem, itemsOf, parentOf, requireItem, requirePlan, setIfChanged, slotFor, writeSlot, type YItem } from './items';
import { ITEM_KEY, ITEM_KINDS, type ItemKind } from './schema';
import { mutate } from './transact';
import type { Origin, PlanDoc, Placement } from './types';
import * as v from './validate';

// The operations every ordered kind shares: create at a place, move, archive.

function requireParent(doc: PlanDoc, kind: ItemKind, parentId: string | null): void {
  const parentKind = ITEM_KINDS[kind].parentKind;
  if (parentKind === null) requirePlan(doc);
  else requireItem(doc, parentKind, v.id(parentId, `${parentKind}Id`));
}

/** Creates an item of `kind` under `parentId` at `place`, filled by `fill`; returns its new id. */
export function addItem(
  doc: PlanDoc,
  kind: ItemKind,
  parentId: string | null,
  place: Placement | undefined,
  origin: Origin,
  fill: (item: YItem) => void,
): string {
  requireParent(doc, kind, parentId);
  const slot = slotFor(doc, kind, parentId, place);
  const id = newId();
  mutate(doc, origin, () => {
    const item = createItem(doc, kind, id);
    writeSlot(doc, kind, item, parentId, slot);
    fill(item);
  });
  return id;
}

/** The parent a move goes to: the one named, else the one of the sibling named, else the current one. */
function moveTarget(doc: PlanDoc, kind: ItemKind, item: YItem, place: Placement, parentId?: string): string | null {
  if (parentId !== undefined) return parentId;
  const siblingId = place.before ?? place.after;
  const sibling = siblingId === undefined ? undefined : itemsOf(doc, kind).get(siblingId);
  return parentOf(kind, sibling ?? item);
}

/**
 * Moves an item to `place`, under `parentId` when given (or the named sibling's parent). A move only rewrites
 * the item's own parent and order, so concurrent moves of one item end with it in exactly one place.
 */
export function moveItem(
  doc: PlanDoc,
  kind: ItemKind,
  id: string,
  place: Placement,
  origin: Origin,
  parentId?: string,
): void {
  const item = requireItem(doc, kind, id);
  const target = moveTarget(doc, kind, item, place ?? {}, parentId);
  requireParent(doc, kind, target);
  const slot = slotFor(doc, kind, target, place, id);
  mutate(doc, origin, () => writeSlot(doc, kind, item, target, slot));
}

/** Archives (or restores) an item. Nothing is ever removed, so an offline edit to it is never lost. */
export function archiveItem(doc: PlanDoc, kind: ItemKind, id: string, archived: boolean, origin: Origin): void {
  const item = requireItem(doc, kind, id);
  if (typeof archived !== 'boolean') throw new ModelError('invalid', 'expected true or false', 'archived');
  mutate(doc, origin, () => setIfChanged(item, ITEM_KEY.archived, archived));
}
