import * as Y from 'yjs';
import type { MeetingMark, ProgressUpdate, Rag, RagEntry } from '../plan-json';
import { plainCopy } from './extra';
import type { YItem } from './items';
import { ACTION_KEY, ACTION_PLAIN_FIELDS, ACTION_TEXT_FIELDS, ITEM_KEY, MEETING_KEY } from './schema';
import type { ActionFields, MeetingFields } from './types';
import { splitLeads } from '../leads/split-leads';

// Writers shared by the mutators that create items and by loadPlanIntoDoc. All run inside a transaction on an
// item already in the doc. Y.Text and Y.Array values are created here, once, when the item is created: creating
// them later from two replicas at once would let one replica's copy (and its words) replace the other's.

/** What an action holds besides its editable fields (when loaded from Plan JSON). */
export type ActionHistory = {
  updates: ProgressUpdate[];
  ragHistory: RagEntry[];
  baseRag: Rag | null;
  archived: boolean;
};

/** Fills a new action item: plain values, its Y.Texts, custom cells and history arrays. */
export function writeNewAction(item: YItem, fields: ActionFields, history: ActionHistory): void {
  for (const key of ACTION_PLAIN_FIELDS) item.set(ACTION_KEY[key], plainCopy(fields[key]));
  for (const key of ACTION_TEXT_FIELDS) item.set(ACTION_KEY[key], new Y.Text(fields[key]));
  const custom = new Y.Map<Y.Text>();
  item.set(ACTION_KEY.custom, custom);
  for (const [key, value] of Object.entries(fields.custom)) custom.set(key, new Y.Text(value));
  const updates = new Y.Array<ProgressUpdate>();
  item.set(ACTION_KEY.updates, updates);
  updates.push(history.updates.map(plainCopy));
  const ragHistory = new Y.Array<RagEntry>();
  item.set(ACTION_KEY.ragHistory, ragHistory);
  ragHistory.push(history.ragHistory.map(plainCopy));
  if (history.baseRag !== null) item.set(ACTION_KEY.baseRag, history.baseRag);
  item.set(ITEM_KEY.archived, history.archived);
}

/** What a meeting holds besides its fields (when loaded from Plan JSON). */
export type MeetingRecord = { marks?: readonly MeetingMark[]; minuteLines?: Record<string, string> };

/**
 * Fills a new meeting item; its notes are a Y.Text, its marks an append-only Y.Array, and its minute lines a Y.Map
 * of Y.Texts (the map made here, so two replicas adding lines never race to create it).
 */
export function writeNewMeeting(item: YItem, fields: MeetingFields, record: MeetingRecord = {}): void {
  item.set(MEETING_KEY.date, fields.date);
  item.set(MEETING_KEY.title, fields.title);
  item.set(MEETING_KEY.facilitator, fields.facilitator);
  item.set(MEETING_KEY.attendees, plainCopy(fields.attendees));
  item.set(MEETING_KEY.agenda, plainCopy(fields.agenda));
  item.set(MEETING_KEY.state, fields.state);
  item.set(MEETING_KEY.notes, new Y.Text(fields.notes));
  const markList = new Y.Array<MeetingMark>();
  item.set(MEETING_KEY.marks, markList);
  markList.push((record.marks ?? []).map(plainCopy));
  const lines = new Y.Map<Y.Text>();
  item.set(MEETING_KEY.minuteLines, lines);
  for (const [actionId, text] of Object.entries(record.minuteLines ?? {})) lines.set(actionId, new Y.Text(text));
}

/**
 * Default field values for an action created with only some of them. Given only one of leadText and leads, the
 * other follows from it: leads derived from the cell, or the cell written as one lead per line.
 */
export function actionDefaults(input: Partial<ActionFields>): ActionFields {
  const leadText = input.leadText ?? (input.leads ?? []).join('\n');
  return {
    ref: input.ref ?? null,
    text: input.text ?? '',
    timescale: input.timescale ?? '',
    due: input.due ?? null,
    leadText,
    leads: input.leads ?? splitLeads(leadText),
    outcomes: input.outcomes ?? '',
    progress: input.progress ?? '',
    flags: input.flags ?? [],
    custom: input.custom ?? {},
  };
}
