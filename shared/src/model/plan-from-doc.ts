import * as Y from 'yjs';
import {
  PLAN_FORMAT,
  RAGS,
  type Action,
  type Group,
  type LeadEntry,
  type Meeting,
  type MeetingMark,
  type Plan,
  type ProgressUpdate,
  type Rag,
  type RagEntry,
  type Section,
} from '../plan-json';
import { copyStored, withExtra } from './extra';
import { itemsOf, orderOf, parentOf, planMap, requirePlanToRead, type YItem } from './items';
import { storedSchemaVersion } from './migrations/doc-version';
import { compareOrdered } from './order';
import { currentRag } from './rag';
import { readLeadDirectory } from './lead-directory';
import { ACTION_KEY, GROUP_KEY, ITEM_KEY, MEETING_KEY, PLAN_KEY, SECTION_KEY, STORED_KEYS, type ItemKind } from './schema';
import type { PlanDoc } from './types';
import { withNewerKeys, withUnknownKeys, withUnknownRoots } from './unknown-keys';

// Readers are defensive: a doc arrives from other replicas, so a missing or odd value reads as empty.

const text = (m: Y.Map<unknown>, key: string): string => {
  const t = m.get(key);
  return t instanceof Y.Text ? t.toString() : '';
};
const str = (m: Y.Map<unknown>, key: string): string => {
  const s = m.get(key);
  return typeof s === 'string' ? s : '';
};
const strOrNull = (m: Y.Map<unknown>, key: string): string | null => {
  const s = m.get(key);
  return typeof s === 'string' ? s : null;
};
const list = <T>(m: Y.Map<unknown>, key: string): T[] => {
  const a = m.get(key);
  if (a instanceof Y.Array) return a.map((entry: T) => copyStored(entry));
  return Array.isArray(a) ? copyStored(a as T[]) : [];
};
const isRag = (r: unknown): r is Rag => (RAGS as readonly unknown[]).includes(r);

/** Maps are read in sorted key order: replicas may hold a map's keys in different insertion orders. */
function sortedRecord(m: unknown, read: (v: unknown) => string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(m instanceof Y.Map) || m.size === 0) return out;
  for (const key of [...m.keys()].sort()) out[key] = read(m.get(key));
  return out;
}

/** Items of a kind grouped by parent id, each list in its fractional-index order. */
function childrenByParent(doc: PlanDoc, kind: ItemKind): Map<string | null, [string, YItem][]> {
  const byParent = new Map<string | null, { id: string; order: string; item: YItem }[]>();
  itemsOf(doc, kind).forEach((item, id) => {
    const parent = parentOf(kind, item);
    const bucket = byParent.get(parent) ?? [];
    bucket.push({ id, order: orderOf(item), item });
    byParent.set(parent, bucket);
  });
  const sorted = new Map<string | null, [string, YItem][]>();
  for (const [parent, bucket] of byParent) {
    sorted.set(parent, bucket.sort(compareOrdered).map((e): [string, YItem] => [e.id, e.item]));
  }
  return sorted;
}

/** The lead cell as written; a doc made before the cell was kept holds only the leads, one per line. */
function leadTextOf(m: YItem, leads: unknown): string {
  const cell = m.get(ACTION_KEY.leadText);
  if (cell instanceof Y.Text) return cell.toString();
  return Array.isArray(leads) ? (leads as unknown[]).filter((l) => typeof l === 'string').join('\n') : '';
}

function readAction(id: string, m: YItem): Action {
  const ragHistory = list<RagEntry>(m, ACTION_KEY.ragHistory);
  const baseRag = m.get(ACTION_KEY.baseRag);
  const leads = m.get(ACTION_KEY.leads);
  const flags = m.get(ACTION_KEY.flags);
  const due = m.get(ACTION_KEY.due);
  return withUnknownKeys(m, {
    id,
    ref: strOrNull(m, ACTION_KEY.ref),
    text: text(m, ACTION_KEY.text),
    timescale: str(m, ACTION_KEY.timescale),
    due: typeof due === 'string' ? due : null,
    leadText: leadTextOf(m, leads),
    leads: Array.isArray(leads) ? [...(leads as string[])] : [],
    outcomes: text(m, ACTION_KEY.outcomes),
    progress: text(m, ACTION_KEY.progress),
    rag: currentRag(ragHistory) ?? (isRag(baseRag) ? baseRag : null),
    flags: Array.isArray(flags) ? [...(flags as string[])] : [],
    custom: sortedRecord(m.get(ACTION_KEY.custom), (t) => (t instanceof Y.Text ? t.toString() : '')),
    updates: list<ProgressUpdate>(m, ACTION_KEY.updates),
    ragHistory,
    archived: m.get(ITEM_KEY.archived) === true,
  }, STORED_KEYS.action);
}

const archivedFlag = (m: YItem): { archived?: true } => (m.get(ITEM_KEY.archived) === true ? { archived: true } : {});

/** Marks appear only when there are some, so plans from before marks existed read back unchanged. */
function marksOf(m: YItem): { marks?: MeetingMark[] } {
  const marks = list<MeetingMark>(m, MEETING_KEY.marks);
  return marks.length > 0 ? { marks } : {};
}

/** Edited lines only: an empty line means "not edited", so it carries nothing a reader needs. */
function minuteLinesOf(m: YItem): { minuteLines?: Record<string, string> } {
  const all = sortedRecord(m.get(MEETING_KEY.minuteLines), (t) => (t instanceof Y.Text ? t.toString() : ''));
  const edited = Object.fromEntries(Object.entries(all).filter(([, line]) => line !== ''));
  return Object.keys(edited).length > 0 ? { minuteLines: edited } : {};
}

function readMeeting(id: string, m: YItem): Meeting {
  const state = m.get(MEETING_KEY.state);
  return withUnknownKeys(m, {
    id,
    date: str(m, MEETING_KEY.date),
    title: str(m, MEETING_KEY.title),
    facilitator: str(m, MEETING_KEY.facilitator),
    attendees: list(m, MEETING_KEY.attendees),
    agenda: list(m, MEETING_KEY.agenda),
    state: state === 'live' || state === 'ended' ? state : 'planned',
    notes: text(m, MEETING_KEY.notes),
    ...marksOf(m),
    ...minuteLinesOf(m),
  }, STORED_KEYS.meeting);
}

/** The lead directory appears only when the doc has one, so plans from before it read back unchanged. */
function directoryOf(doc: PlanDoc): { leadDirectory?: LeadEntry[] } {
  const entries = readLeadDirectory(doc);
  return entries.length > 0 ? { leadDirectory: entries } : {};
}

/**
 * The doc as Plan JSON: items in fractional-index order (ties by id), unknown keys kept. Deterministic: replicas
 * holding the same updates give identical JSON. Archived sections and groups carry `archived: true`. A doc saved by
 * a newer version reads too: `version` is the doc's, and the fields this version does not know come through as
 * their JSON values (see withUnknownKeys), so exporting it drops nothing.
 */
export function planFromDoc(doc: PlanDoc): Plan {
  requirePlanToRead(doc);
  const plan = planMap(doc);
  const groups = childrenByParent(doc, 'group');
  const actions = childrenByParent(doc, 'action');
  const readGroup = ([id, m]: [string, YItem]): Group =>
    withUnknownKeys(m, {
      id,
      title: strOrNull(m, GROUP_KEY.title),
      actions: (actions.get(id) ?? []).map(([aid, a]) => readAction(aid, a)),
      ...archivedFlag(m),
    }, STORED_KEYS.group);
  const readSection = ([id, m]: [string, YItem]): Section =>
    withUnknownKeys(m, {
      id,
      number: strOrNull(m, SECTION_KEY.number),
      title: str(m, SECTION_KEY.title),
      groups: (groups.get(id) ?? []).map(readGroup),
      ...archivedFlag(m),
    }, STORED_KEYS.section);
  const out: Plan = {
    format: PLAN_FORMAT,
    version: storedSchemaVersion(doc),
    id: str(plan, PLAN_KEY.id),
    title: str(plan, PLAN_KEY.title),
    meta: sortedRecord(plan.get(PLAN_KEY.meta), (v) => (typeof v === 'string' ? v : '')),
    legend: list(plan, PLAN_KEY.legend),
    columns: list(plan, PLAN_KEY.columns),
    sections: (childrenByParent(doc, 'section').get(null) ?? []).map(readSection),
    notes: list(plan, PLAN_KEY.notes),
    meetings: (childrenByParent(doc, 'meeting').get(null) ?? []).map(([id, m]) => readMeeting(id, m)),
    ...directoryOf(doc),
  };
  // The plan map's unknown keys first, then unknown roots, then a Plan JSON import's extra keys.
  return withExtra(plan, withUnknownRoots(doc, withNewerKeys(plan, out, STORED_KEYS.plan)));
}
