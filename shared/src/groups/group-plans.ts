import * as Y from 'yjs';
import { ModelError } from '../model/errors';
import { setIfChanged } from '../model/items';
import { compareOrdered, placementIndex, slotAt, type Ordered, type Slot } from '../model/order';
import { mutate } from '../model/transact';
import type { Placement } from '../model/types';
import { GroupModelError } from './errors';
import { checkName, groupRoot, requireEntry, requireGroup, type YEntry } from './group-doc';
import { GROUP_PLAN_KEY } from './schema';
import { PLAN_PARTS, type GroupDoc, type GroupPlanInput, type PlanPart } from './types';

const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/;

function checkPart(part: unknown): PlanPart {
  if (!PLAN_PARTS.includes(part as PlanPart)) throw new GroupModelError('invalid', 'expected main or sub', 'plan.part');
  return part as PlanPart;
}

/** The group's plans as ordered siblings (archived ones too), without `excludeId`. */
function planSiblings(doc: GroupDoc, excludeId?: string): Ordered[] {
  const out: Ordered[] = [];
  groupRoot(doc, 'plans').forEach((entry, id) => {
    const order = entry.get(GROUP_PLAN_KEY.order);
    if (id !== excludeId) out.push({ id, order: typeof order === 'string' ? order : '' });
  });
  return out.sort(compareOrdered);
}

/** The slot `place` names among the group's plans; the model's placement errors become the group's. */
function slotFor(doc: GroupDoc, place: Placement | undefined, excludeId?: string): Slot {
  const siblings = planSiblings(doc, excludeId);
  try {
    return slotAt(siblings, placementIndex(siblings, place));
  } catch (error) {
    if (error instanceof ModelError) throw new GroupModelError(error.reason === 'not-found' ? 'not-found' : 'invalid', error.message, 'place');
    throw error;
  }
}

function writeSlot(doc: GroupDoc, entry: YEntry, slot: Slot): void {
  setIfChanged(entry, GROUP_PLAN_KEY.order, slot.order);
  const plans = groupRoot(doc, 'plans');
  for (const { id, order } of slot.rekeys) plans.get(id)?.set(GROUP_PLAN_KEY.order, order);
}

/**
 * Lists plan `planId` in the group (after the others unless `place` says where). The relay's registry, not this
 * list, decides who may open it: the owner adds it there too (client/src/data does both).
 */
export function addGroupPlan(doc: GroupDoc, planId: string, input: GroupPlanInput, place?: Placement, origin?: unknown): void {
  requireGroup(doc);
  if (!ROOM_ID.test(planId)) throw new GroupModelError('invalid', 'expected a plan id', 'planId');
  if (groupRoot(doc, 'plans').has(planId)) throw new GroupModelError('exists', `plan ${planId} is in the group already`, 'planId');
  const title = typeof input.title === 'string' ? input.title.slice(0, 500) : '';
  const part = checkPart(input.part ?? 'sub');
  const slot = slotFor(doc, place);
  mutate(doc, origin, () => {
    const entry: YEntry = new Y.Map<unknown>();
    groupRoot(doc, 'plans').set(planId, entry);
    entry.set(GROUP_PLAN_KEY.title, title);
    entry.set(GROUP_PLAN_KEY.part, part);
    entry.set(GROUP_PLAN_KEY.archived, false);
    writeSlot(doc, entry, slot);
  });
}

/** Moves a plan among the group's plans. */
export function moveGroupPlan(doc: GroupDoc, planId: string, place: Placement, origin?: unknown): void {
  const entry = requireEntry(doc, 'plans', planId);
  if (place.before === planId || place.after === planId) throw new GroupModelError('invalid', 'a plan cannot move next to itself', 'place');
  const slot = slotFor(doc, place, planId);
  mutate(doc, origin, () => writeSlot(doc, entry, slot));
}

/** Archives (default) or restores a plan in the group's list; the plan and its access are unchanged. */
export function archiveGroupPlan(doc: GroupDoc, planId: string, archived = true, origin?: unknown): void {
  const entry = requireEntry(doc, 'plans', planId);
  mutate(doc, origin, () => setIfChanged(entry, GROUP_PLAN_KEY.archived, archived === true));
}

/** Changes a plan's part (main / sub) or its remembered title. */
export function updateGroupPlan(doc: GroupDoc, planId: string, patch: { title?: string; part?: PlanPart }, origin?: unknown): void {
  const entry = requireEntry(doc, 'plans', planId);
  const title = patch.title === undefined ? undefined : checkName(patch.title, 'plan.title');
  const part = patch.part === undefined ? undefined : checkPart(patch.part);
  mutate(doc, origin, () => {
    if (title !== undefined) setIfChanged(entry, GROUP_PLAN_KEY.title, title);
    if (part !== undefined) setIfChanged(entry, GROUP_PLAN_KEY.part, part);
  });
}
