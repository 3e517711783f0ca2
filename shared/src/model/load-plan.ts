import type { Action, Group, Meeting, Plan, Section } from '../plan-json';
import { writeExtra } from './extra';
import { createItem, writeSlot } from './items';
import { initialKeys } from './order';
import { planMap } from './items';
import { checkInit, writeInit } from './plan-info';
import { currentRag } from './rag';
import { GROUP_KEY, ITEM_KEY, SECTION_KEY, type ItemKind } from './schema';
import { mutate } from './transact';
import type { Origin, PlanDoc } from './types';
import { KNOWN_FIELDS } from './validate';
import { schemaOf } from './doc-schema';
import { applyMigrations } from './migrations/migrate-doc';
import { readPlanJson } from './migrations/upgrade-plan-json';
import { writeNewAction, writeNewMeeting } from './write-item';
import { writeLeadDirectory } from './lead-directory';

/** Creates the items of one parent in the given order, and returns them paired with their source objects. */
function createChildren<T extends { id: string }>(doc: PlanDoc, kind: ItemKind, parentId: string | null, list: T[]) {
  const keys = initialKeys(list.length);
  return list.map((source, i) => {
    const item = createItem(doc, kind, source.id);
    writeSlot(doc, kind, item, parentId, { order: keys[i]!, rekeys: [] });
    return { item, source };
  });
}

function writeAction(doc: PlanDoc, groupId: string, actions: Action[]): void {
  for (const { item, source: a } of createChildren(doc, 'action', groupId, actions)) {
    // A rating that came without history (an imported cell colour) is kept as the base rating.
    const baseRag = a.rag !== null && currentRag(a.ragHistory) === null ? a.rag : null;
    // A plan written before the lead cell was kept has only the leads: the cell is them, one per line.
    const fields = { ...a, leadText: a.leadText ?? a.leads.join('\n') };
    writeNewAction(item, fields, { updates: a.updates, ragHistory: a.ragHistory, baseRag, archived: a.archived });
    writeExtra(item, a, KNOWN_FIELDS.action);
  }
}

function writeGroups(doc: PlanDoc, sectionId: string, groups: Group[]): void {
  for (const { item, source: g } of createChildren(doc, 'group', sectionId, groups)) {
    item.set(GROUP_KEY.title, g.title);
    item.set(ITEM_KEY.archived, (g as { archived?: boolean }).archived === true);
    writeExtra(item, g, KNOWN_FIELDS.group);
    writeAction(doc, g.id, g.actions);
  }
}

function writeSections(doc: PlanDoc, sections: Section[]): void {
  for (const { item, source: s } of createChildren(doc, 'section', null, sections)) {
    item.set(SECTION_KEY.number, s.number);
    item.set(SECTION_KEY.title, s.title);
    item.set(ITEM_KEY.archived, (s as { archived?: boolean }).archived === true);
    writeExtra(item, s, KNOWN_FIELDS.section);
    writeGroups(doc, s.id, s.groups);
  }
}

function writeMeetings(doc: PlanDoc, meetings: Meeting[]): void {
  for (const { item, source: m } of createChildren(doc, 'meeting', null, meetings)) {
    writeNewMeeting(item, m, { marks: m.marks, minuteLines: m.minuteLines });
    writeExtra(item, m, KNOWN_FIELDS.meeting);
  }
}

/**
 * Writes a whole Plan JSON into an empty doc, keeping every id and any keys this version does not know, so that
 * planFromDoc gives the same plan back. Plan JSON of an older version is upgraded first, and the doc's migrations
 * run in the same transaction, so the doc is at the version of the schema it is bound to. Throws
 * ModelError('invalid') for a malformed plan, ModelError('newer-version') for Plan JSON saved by a newer version
 * (its fields would land where the newer version does not look for them), and ModelError('already-initialised') for
 * a doc that holds a plan; the doc is left unchanged in every case.
 * Load a plan into one fresh doc only: loading it into two docs would duplicate it when they sync.
 */
export function loadPlanIntoDoc(doc: PlanDoc, input: Plan, origin?: Origin): void {
  const schema = schemaOf(doc);
  const plan = readPlanJson(input, schema);
  checkInit(doc, plan);
  mutate(doc, origin, () => {
    writeInit(doc, plan);
    writeExtra(planMap(doc), plan, KNOWN_FIELDS.plan);
    writeSections(doc, plan.sections);
    writeMeetings(doc, plan.meetings);
    writeLeadDirectory(doc, plan.leadDirectory ?? []);
    applyMigrations(doc, schema);
  });
}
