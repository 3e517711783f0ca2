import * as Y from 'yjs';
import { KNOWN_COLUMN_KEYS, type Column } from '../plan-json';
import { plainCopy } from './extra';
import { itemsOf, planMap, requireItem, setIfChanged, textIn, type YItem } from './items';
import { ACTION_KEY, ACTION_PLAIN_FIELDS, ACTION_TEXT_FIELDS, PLAN_KEY } from './schema';
import { addItem, archiveItem, moveItem } from './structure';
import { applyTextDiff } from './text-diff';
import { splitLeads } from '../leads/split-leads';
import { mutate } from './transact';
import type { ActionFields, Origin, PlanDoc, Placement } from './types';
import * as v from './validate';
import { actionDefaults, writeNewAction } from './write-item';

/** Custom columns get an empty cell up front, so two people filling the same new cell offline both keep theirs. */
function customCells(doc: PlanDoc, given: Record<string, string>): Record<string, string> {
  const columns = planMap(doc).get(PLAN_KEY.columns);
  const cells: Record<string, string> = {};
  for (const column of Array.isArray(columns) ? (columns as Column[]) : []) {
    if (!(KNOWN_COLUMN_KEYS as readonly string[]).includes(column.key)) cells[column.key] = '';
  }
  return { ...cells, ...given };
}

/** Adds an action to a group at `place`; fields left out are empty. Returns its id. */
export function addAction(
  doc: PlanDoc,
  groupId: string,
  input: Partial<ActionFields>,
  place?: Placement,
  origin?: Origin,
): string {
  const fields = actionDefaults(v.actionFields(input, 'action'));
  fields.custom = customCells(doc, fields.custom);
  const history = { updates: [], ragHistory: [], baseRag: null, archived: false };
  return addItem(doc, 'action', groupId, place, origin, (item) => writeNewAction(item, fields, history));
}

/**
 * Gives every action an empty cell for each custom column it lacks, in the transaction that adds the column, so
 * that two people later filling the same cell offline edit one shared Y.Text instead of each creating their own
 * (a Y.Map keeps only one of two values set concurrently under one key).
 */
export function ensureCustomCells(doc: PlanDoc, columns: readonly Column[]): void {
  const keys = columns.map((c) => c.key).filter((k) => !(KNOWN_COLUMN_KEYS as readonly string[]).includes(k));
  if (keys.length === 0) return;
  for (const item of itemsOf(doc, 'action').values()) {
    let map = item.get(ACTION_KEY.custom);
    if (!(map instanceof Y.Map)) {
      map = new Y.Map<Y.Text>();
      item.set(ACTION_KEY.custom, map);
    }
    for (const key of keys) textIn(map as Y.Map<unknown>, key);
  }
}

function writeCustom(item: YItem, custom: Record<string, string>): void {
  let map = item.get(ACTION_KEY.custom);
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<Y.Text>();
    item.set(ACTION_KEY.custom, map);
  }
  for (const [key, value] of Object.entries(custom)) applyTextDiff(textIn(map as Y.Map<unknown>, key), value);
}

/**
 * The lead cell and the leads move together: a new cell re-derives the leads (unless they are given too), and
 * new leads given alone rewrite the cell one lead per line, unless the cell already names exactly those leads.
 */
function withLeads(item: YItem, patch: Partial<ActionFields>): Partial<ActionFields> {
  if (patch.leadText !== undefined && patch.leads === undefined) return { ...patch, leads: splitLeads(patch.leadText) };
  if (patch.leads === undefined || patch.leadText !== undefined) return patch;
  const cell = item.get(ACTION_KEY.leadText);
  const current = cell instanceof Y.Text ? cell.toString() : null;
  if (current !== null && JSON.stringify(splitLeads(current)) === JSON.stringify(patch.leads)) return patch;
  return { ...patch, leadText: patch.leads.join('\n') };
}

/**
 * Changes an action's fields. Long text (text, outcomes, progress, the lead cell, custom cells) is edited by its
 * minimal diff, so concurrent edits to different parts of one field both survive; short values are replaced.
 * Custom cells not named in `patch.custom` are left as they are. See withLeads for leadText and leads.
 */
export function updateAction(doc: PlanDoc, id: string, input: Partial<ActionFields>, origin?: Origin): void {
  const item = requireItem(doc, 'action', id);
  v.actionFields(input, 'action');
  const patch = withLeads(item, input);
  mutate(doc, origin, () => {
    for (const key of ACTION_PLAIN_FIELDS) {
      if (patch[key] !== undefined) setIfChanged(item, ACTION_KEY[key], plainCopy(patch[key]));
    }
    for (const key of ACTION_TEXT_FIELDS) {
      const value = patch[key];
      if (value !== undefined) applyTextDiff(textIn(item, ACTION_KEY[key]), value);
    }
    if (patch.custom !== undefined) writeCustom(item, patch.custom);
  });
}

/** Moves an action within its group or, with `place.groupId` (or a sibling in another group), to another. */
export function moveAction(doc: PlanDoc, id: string, place: Placement & { groupId?: string }, origin?: Origin): void {
  moveItem(doc, 'action', id, { before: place.before, after: place.after }, origin, place.groupId);
}

/** Archives (default) or restores an action. It stays in the doc and in Plan JSON with `archived: true`. */
export function archiveAction(doc: PlanDoc, id: string, archived = true, origin?: Origin): void {
  archiveItem(doc, 'action', id, archived, origin);
}
