import { requireItem, setIfChanged } from './items';
import { ITEM_KEY, SECTION_KEY } from './schema';
import { addItem, archiveItem, moveItem } from './structure';
import { mutate } from './transact';
import type { Origin, PlanDoc, Placement } from './types';
import * as v from './validate';

export type SectionInput = { title: string; number?: string | null };
export type SectionPatch = { title?: string; number?: string | null };

function checkPatch(patch: SectionPatch): void {
  v.obj(patch, 'section');
  if (patch.title !== undefined) v.str(patch.title, 'section.title');
  if (patch.number !== undefined) v.strOrNull(patch.number, 'section.number');
}

/** Adds a section (no groups) at `place` among the sections; returns its id. */
export function addSection(doc: PlanDoc, input: SectionInput, place?: Placement, origin?: Origin): string {
  checkPatch(input);
  v.str(input.title, 'section.title');
  return addItem(doc, 'section', null, place, origin, (item) => {
    item.set(SECTION_KEY.number, input.number ?? null);
    item.set(SECTION_KEY.title, input.title);
    item.set(ITEM_KEY.archived, false);
  });
}

/** Changes a section's title and/or number. */
export function updateSection(doc: PlanDoc, id: string, patch: SectionPatch, origin?: Origin): void {
  const item = requireItem(doc, 'section', id);
  checkPatch(patch);
  mutate(doc, origin, () => {
    if (patch.title !== undefined) setIfChanged(item, SECTION_KEY.title, patch.title);
    if (patch.number !== undefined) setIfChanged(item, SECTION_KEY.number, patch.number);
  });
}

/** Moves a section among the sections. */
export function moveSection(doc: PlanDoc, id: string, place: Placement, origin?: Origin): void {
  moveItem(doc, 'section', id, place, origin);
}

/** Archives (default) or restores a section; its groups and actions keep their own flags. */
export function archiveSection(doc: PlanDoc, id: string, archived = true, origin?: Origin): void {
  archiveItem(doc, 'section', id, archived, origin);
}
