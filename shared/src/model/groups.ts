import { requireItem, setIfChanged } from './items';
import { GROUP_KEY, ITEM_KEY } from './schema';
import { addItem, archiveItem, moveItem } from './structure';
import { mutate } from './transact';
import type { Origin, PlanDoc, Placement } from './types';
import * as v from './validate';

export type GroupInput = { title: string | null };
export type GroupPatch = { title?: string | null };

/** Adds a group (a sub-heading; title null when the section has none) to a section; returns its id. */
export function addGroup(doc: PlanDoc, sectionId: string, input: GroupInput, place?: Placement, origin?: Origin): string {
  v.strOrNull(v.obj(input, 'group').title, 'group.title');
  return addItem(doc, 'group', sectionId, place, origin, (item) => {
    item.set(GROUP_KEY.title, input.title);
    item.set(ITEM_KEY.archived, false);
  });
}

/** Changes a group's title. */
export function updateGroup(doc: PlanDoc, id: string, patch: GroupPatch, origin?: Origin): void {
  const item = requireItem(doc, 'group', id);
  if (v.obj(patch, 'group').title === undefined) return;
  const title = v.strOrNull(patch.title, 'group.title');
  mutate(doc, origin, () => setIfChanged(item, GROUP_KEY.title, title));
}

/** Moves a group within its section or, with `place.sectionId` (or a sibling in another section), to another. */
export function moveGroup(doc: PlanDoc, id: string, place: Placement & { sectionId?: string }, origin?: Origin): void {
  moveItem(doc, 'group', id, { before: place.before, after: place.after }, origin, place.sectionId);
}

/** Archives (default) or restores a group; its actions keep their own flags. */
export function archiveGroup(doc: PlanDoc, id: string, archived = true, origin?: Origin): void {
  archiveItem(doc, 'group', id, archived, origin);
}
