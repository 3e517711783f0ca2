import type * as Y from 'yjs';
import type { Action, Column, LegendEntry, Meeting } from '../plan-json';

/** A plan's Y.Doc. Opaque outside shared/ and client/src/data: pass it to the model's functions. */
export type PlanDoc = Y.Doc;

/** Passed to doc.transact so observers can tell who changed the doc. */
export type Origin = unknown;

/** Where to put an item among its siblings (sibling ids). Neither = append at the end. Both must be adjacent. */
export type Placement = { before?: string; after?: string };

/** The editable fields of an action (the rest of Action is derived or history). */
export type ActionFields = Pick<
  Action,
  'ref' | 'text' | 'timescale' | 'due' | 'leadText' | 'leads' | 'outcomes' | 'progress' | 'flags' | 'custom'
>;

export type PlanInit = {
  id: string;
  title: string;
  meta?: Record<string, string>;
  legend?: LegendEntry[];
  columns?: Column[];
  notes?: string[];
};

export type PlanInfoPatch = {
  title?: string;
  meta?: Record<string, string>;
  notes?: string[];
  legend?: LegendEntry[];
  columns?: Column[];
};

/**
 * Everything about a meeting but its id, its append-only marks and its minute lines (edited one by one with
 * setMinuteLine); only the date is needed to create one.
 */
export type MeetingFields = Omit<Meeting, 'id' | 'marks' | 'minuteLines'>;
export type MeetingInput = Partial<MeetingFields> & { date: string };
