/**
 * Plan JSON: Concord's stable, versioned interchange format (this file defines it; docs/ARCHITECTURE.md shows where
 * it sits).
 * Import produces it, export consumes it, the CLI prints it, backups hold it.
 * Fields that a newer version adds must survive an older reader: every object may carry extra keys.
 */

export const PLAN_FORMAT = 'concord.plan' as const;
/**
 * The Plan JSON version this code writes: the plan model's schema version (SCHEMA_VERSION; a test checks they
 * agree). Older Plan JSON is upgraded on reading (readPlanJson); newer is refused as 'newer-version'.
 */
export const PLAN_VERSION = 1 as const;

export const RAGS = ['red', 'amber', 'green', 'blue'] as const;
export type Rag = (typeof RAGS)[number];

/** Words shown next to (never instead of) a RAG colour. */
export const RAG_LABELS: Record<Rag, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue (complete)',
};

export const MEETING_STATES = ['planned', 'live', 'ended'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** Keys of the action fields a source column can map to. Anything else is a custom column. */
export const KNOWN_COLUMN_KEYS = ['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', 'rag'] as const;
export type KnownColumnKey = (typeof KNOWN_COLUMN_KEYS)[number];

export interface Column {
  /** A KnownColumnKey, or a custom key (e.g. "custom1") whose cells live in Action.custom. */
  key: string;
  /** The header as the source spelt it. */
  label: string;
}

export interface LegendEntry {
  rag: Rag;
  meaning: string;
}

export interface Attendee {
  name: string;
  organisation: string;
}

/** Marks a facilitator puts on an action during a meeting, besides a rating or an update. */
export const MEETING_MARK_KINDS = ['deferred', 'lead-absent'] as const;
export type MeetingMarkKind = (typeof MEETING_MARK_KINDS)[number];

/**
 * One append-only mark entry. The latest entry (by `at`, then `by`) for an action and kind says whether the mark
 * holds: `cleared: true` takes a mark back without erasing that it was made.
 */
export interface MeetingMark {
  actionId: string;
  kind: MeetingMarkKind;
  by: string;
  /** ISO date-time. */
  at: string;
  cleared: boolean;
}

export interface Meeting {
  id: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  title: string;
  facilitator: string;
  attendees: Attendee[];
  /** Action ids. */
  agenda: string[];
  state: MeetingState;
  notes: string;
  /** Deferred / lead-absent marks, in the order they were made; absent when there are none. */
  marks?: MeetingMark[];
  /**
   * The minutes' line of each discussed action as edited, by action id (keys sorted); absent when none was edited.
   * An action without a line is minuted from the updates the meeting recorded.
   */
  minuteLines?: Record<string, string>;
}

export interface ProgressUpdate {
  id: string;
  /** ISO date (YYYY-MM-DD) or date-time. */
  date: string;
  author: string;
  meetingId: string | null;
  text: string;
  /**
   * The label an imported update row carried ("Update June 2016"); absent for updates made in Concord. Exports
   * write such updates back as rows under their action, in the source's shape.
   */
  label?: string;
}

export interface RagEntry {
  /** ISO date-time. */
  at: string;
  by: string;
  meetingId: string | null;
  rag: Rag;
}

export interface Action {
  id: string;
  ref: string | null;
  text: string;
  timescale: string;
  /** ISO date YYYY-MM-DD, or null when the timescale names no date. */
  due: string | null;
  /**
   * The lead cell exactly as written ("NHS England Health and Justice – North Midlands"), shown and exported as
   * it is. Always written; a plan from before it existed reads as its leads joined by line breaks.
   */
  leadText: string;
  /** The individual leads, derived from leadText at unambiguous separators (editable). */
  leads: string[];
  outcomes: string;
  progress: string;
  /** Current rating, derived from ragHistory. */
  rag: Rag | null;
  /** e.g. "new". */
  flags: string[];
  /** Cells of custom columns, by Column.key. */
  custom: Record<string, string>;
  updates: ProgressUpdate[];
  ragHistory: RagEntry[];
  archived: boolean;
}

export interface Group {
  id: string;
  /** The sub-heading; null when the section has none. */
  title: string | null;
  actions: Action[];
}

export interface Section {
  id: string;
  number: string | null;
  title: string;
  groups: Group[];
}

/**
 * One entry of a plan's lead directory: a lead and the spellings (aliases) that name it. A person merges an entry
 * into another (`mergedInto`) rather than deleting it, so every spelling keeps resolving.
 */
export interface LeadEntry {
  id: string;
  /** How lists name the lead. */
  name: string;
  /** Lead spellings, as written in actions, that resolve to this entry. */
  aliases: string[];
  /** The entry this one was merged into, or null. */
  mergedInto: string | null;
}

export interface Plan {
  format: typeof PLAN_FORMAT;
  /** The schema version that wrote it (PLAN_VERSION for this code; older files are upgraded on reading). */
  version: number;
  id: string;
  title: string;
  meta: Record<string, string>;
  legend: LegendEntry[];
  columns: Column[];
  sections: Section[];
  notes: string[];
  meetings: Meeting[];
  /** The distinct leads and their aliases; absent in plans made before it existed (every lead stands alone). */
  leadDirectory?: LeadEntry[];
}
