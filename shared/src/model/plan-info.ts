import * as Y from 'yjs';
import { ensureCustomCells } from './actions';
import { ModelError } from './errors';
import { plainCopy } from './extra';
import { planMap, requirePlan, setIfChanged } from './items';
import { schemaOf } from './doc-schema';
import { PLAN_KEY } from './schema';
import { mutate } from './transact';
import type { Origin, PlanDoc, PlanInfoPatch, PlanInit } from './types';
import * as v from './validate';

function checkInfo(patch: PlanInfoPatch): void {
  v.obj(patch, 'patch');
  if (patch.title !== undefined) v.str(patch.title, 'title');
  if (patch.meta !== undefined) v.strRecord(patch.meta, 'meta');
  if (patch.notes !== undefined) v.strArr(patch.notes, 'notes');
  if (patch.legend !== undefined) v.legend(patch.legend, 'legend');
  if (patch.columns !== undefined) v.columns(patch.columns, 'columns');
}

/** Meta is a Y.Map so that two people changing different entries both keep theirs. */
function writeMeta(plan: Y.Map<unknown>, meta: Record<string, string>): void {
  let map = plan.get(PLAN_KEY.meta);
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<unknown>();
    plan.set(PLAN_KEY.meta, map);
  }
  const metaMap = map as Y.Map<unknown>;
  for (const key of [...metaMap.keys()]) if (!Object.hasOwn(meta, key)) metaMap.delete(key);
  for (const [key, value] of Object.entries(meta)) setIfChanged(metaMap, key, value);
}

function writeInfo(plan: Y.Map<unknown>, patch: PlanInfoPatch): void {
  if (patch.title !== undefined) setIfChanged(plan, PLAN_KEY.title, patch.title);
  if (patch.meta !== undefined) writeMeta(plan, patch.meta);
  if (patch.notes !== undefined) setIfChanged(plan, PLAN_KEY.notes, plainCopy(patch.notes));
  if (patch.legend !== undefined) setIfChanged(plan, PLAN_KEY.legend, plainCopy(patch.legend));
  if (patch.columns !== undefined) setIfChanged(plan, PLAN_KEY.columns, plainCopy(patch.columns));
}

/** Checks an init and that the doc is empty; throws before anything is written. */
export function checkInit(doc: PlanDoc, init: PlanInit): void {
  if (typeof planMap(doc).get(PLAN_KEY.id) === 'string') {
    throw new ModelError('already-initialised', 'the doc already holds a plan');
  }
  v.id(init.id, 'id');
  v.str(init.title, 'title');
  checkInfo(init);
}

/** Writes a plan's header into an empty doc (inside a transaction). */
export function writeInit(doc: PlanDoc, init: PlanInit): void {
  const plan = planMap(doc);
  plan.set(PLAN_KEY.schemaVersion, schemaOf(doc).version);
  plan.set(PLAN_KEY.id, init.id);
  writeInfo(plan, { title: init.title, meta: init.meta ?? {}, notes: init.notes ?? [],
    legend: init.legend ?? [], columns: init.columns ?? [] });
}

/**
 * Makes an empty doc a plan with no sections. Throws ModelError('already-initialised') when the doc holds one:
 * a plan is created once, on one device, and others join it.
 */
export function initPlan(doc: PlanDoc, init: PlanInit, origin?: Origin): void {
  checkInit(doc, init);
  mutate(doc, origin, () => writeInit(doc, init));
}

/**
 * Changes the plan's title, meta, notes, legend or columns; each given field replaces the old one whole,
 * except meta, which is merged entry by entry (entries missing from `patch.meta` are removed).
 */
export function updatePlanInfo(doc: PlanDoc, patch: PlanInfoPatch, origin?: Origin): void {
  requirePlan(doc);
  checkInfo(patch);
  mutate(doc, origin, () => {
    writeInfo(planMap(doc), patch);
    if (patch.columns !== undefined) ensureCustomCells(doc, patch.columns);
  });
}
