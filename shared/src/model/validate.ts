import {
  MEETING_MARK_KINDS,
  MEETING_STATES,
  PLAN_FORMAT,
  RAGS,
  type Column,
  type LegendEntry,
  type MeetingMark,
  type Rag,
} from '../plan-json';
import { ModelError } from './errors';
import type { ActionFields, MeetingFields } from './types';

/** The fields of each Plan JSON object this version knows; anything else is kept as extra. */
export const KNOWN_FIELDS = {
  plan: ['format', 'version', 'id', 'title', 'meta', 'legend', 'columns', 'sections', 'notes', 'meetings', 'leadDirectory'],
  leadEntry: ['id', 'name', 'aliases', 'mergedInto'],
  section: ['id', 'number', 'title', 'groups', 'archived'],
  group: ['id', 'title', 'actions', 'archived'],
  action: [
    'id', 'ref', 'text', 'timescale', 'due', 'leadText', 'leads', 'outcomes', 'progress', 'rag', 'flags', 'custom', 'updates',
    'ragHistory', 'archived',
  ],
  meeting: ['id', 'date', 'title', 'facilitator', 'attendees', 'agenda', 'state', 'notes', 'marks', 'minuteLines'],
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const fail = (path: string, what: string): never => {
  throw new ModelError('invalid', `expected ${what}`, path);
};

/** A plain object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Each checker returns its value typed, or throws ModelError('invalid') naming `path`.

/** Checks for a plain object. */
export function obj(v: unknown, path: string): Record<string, unknown> {
  return isObject(v) ? v : fail(path, 'an object');
}
/** Checks for a string. */
export function str(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path, 'a string');
}
/** Checks for a non-empty string id. */
export function id(v: unknown, path: string): string {
  return typeof v === 'string' && v.length > 0 ? v : fail(path, 'a non-empty id');
}
/** Checks for a string or null. */
export function strOrNull(v: unknown, path: string): string | null {
  return v === null ? null : str(v, path);
}
/** Checks for a boolean. */
export function bool(v: unknown, path: string): boolean {
  return typeof v === 'boolean' ? v : fail(path, 'true or false');
}
/** Checks for an array. */
export function arr(v: unknown, path: string): unknown[] {
  return Array.isArray(v) ? v : fail(path, 'an array');
}
/** Checks for an array of strings. */
export function strArr(v: unknown, path: string): string[] {
  return arr(v, path).map((s, i) => str(s, `${path}[${i}]`));
}
/** Checks for an object of string values. */
export function strRecord(v: unknown, path: string): Record<string, string> {
  const o = obj(v, path);
  for (const [k, s] of Object.entries(o)) str(s, `${path}.${k}`);
  return o as Record<string, string>;
}
/** Checks for a RAG rating. */
export function rag(v: unknown, path: string): Rag {
  return (RAGS as readonly unknown[]).includes(v) ? (v as Rag) : fail(path, `one of ${RAGS.join(', ')}`);
}
/** Checks for an ISO date (YYYY-MM-DD) or null. */
export function due(v: unknown, path: string): string | null {
  if (v === null) return null;
  return typeof v === 'string' && ISO_DATE.test(v) ? v : fail(path, 'an ISO date YYYY-MM-DD or null');
}
/** Extra keys are stored as JSON, so their values must survive JSON. */
export function jsonClean(v: unknown, path: string): void {
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch {
    fail(path, 'JSON-serialisable values');
  }
  if (text === undefined) fail(path, 'JSON-serialisable values');
}

/** Checks a legend (RAG key). */
export function legend(v: unknown, path: string): LegendEntry[] {
  return arr(v, path).map((e, i) => {
    const o = obj(e, `${path}[${i}]`);
    rag(o.rag, `${path}[${i}].rag`);
    str(o.meaning, `${path}[${i}].meaning`);
    return o as unknown as LegendEntry;
  });
}

/** Checks a column list; keys must be unique (custom cells are stored by key). */
export function columns(v: unknown, path: string): Column[] {
  const seen = new Set<string>();
  return arr(v, path).map((e, i) => {
    const o = obj(e, `${path}[${i}]`);
    const key = id(o.key, `${path}[${i}].key`);
    str(o.label, `${path}[${i}].label`);
    if (seen.has(key)) fail(`${path}[${i}].key`, 'a column key used once');
    seen.add(key);
    return o as unknown as Column;
  });
}

/** Action fields a complete action may leave out: plans written before they existed lack them. */
const OPTIONAL_ACTION_FIELDS: readonly string[] = ['leadText'];

/** Checks the action fields present in `input` (all of them when `complete`, bar the optional ones). */
export function actionFields(input: unknown, path: string, complete = false): Partial<ActionFields> {
  const o = obj(input, path);
  const checks: Record<keyof ActionFields, (v: unknown, p: string) => unknown> = {
    ref: strOrNull, text: str, timescale: str, due, leadText: str, leads: strArr, outcomes: str, progress: str,
    flags: strArr, custom: strRecord,
  };
  for (const [key, check] of Object.entries(checks)) {
    if (o[key] !== undefined || (complete && !OPTIONAL_ACTION_FIELDS.includes(key))) check(o[key], `${path}.${key}`);
  }
  return o as Partial<ActionFields>;
}

/** Checks the meeting fields present in `input` (all of them when `complete`). */
export function meetingFields(input: unknown, path: string, complete = false): Partial<MeetingFields> {
  const o = obj(input, path);
  const state = (v: unknown, p: string): unknown =>
    (MEETING_STATES as readonly unknown[]).includes(v) ? v : fail(p, `one of ${MEETING_STATES.join(', ')}`);
  const attendees = (v: unknown, p: string): unknown =>
    arr(v, p).forEach((a, i) => {
      const at = obj(a, `${p}[${i}]`);
      str(at.name, `${p}[${i}].name`);
      str(at.organisation, `${p}[${i}].organisation`);
    });
  const checks: Record<keyof MeetingFields, (v: unknown, p: string) => unknown> = {
    date: str, title: str, facilitator: str, attendees, agenda: strArr, state, notes: str,
  };
  for (const [key, check] of Object.entries(checks)) {
    if (o[key] !== undefined || complete) check(o[key], `${path}.${key}`);
  }
  return o as Partial<MeetingFields>;
}

/** Checks one meeting mark entry (deferred / lead-absent). */
export function meetingMark(v: unknown, path: string): MeetingMark {
  const o = obj(v, path);
  id(o.actionId, `${path}.actionId`);
  if (!(MEETING_MARK_KINDS as readonly unknown[]).includes(o.kind)) fail(`${path}.kind`, `one of ${MEETING_MARK_KINDS.join(', ')}`);
  str(o.by, `${path}.by`);
  str(o.at, `${path}.at`);
  bool(o.cleared, `${path}.cleared`);
  return o as unknown as MeetingMark;
}

/** Checks a lead directory: entries with unique ids, string aliases, and merges that name an entry or null. */
export function leadDirectory(v: unknown, path: string): void {
  const ids = new Set<string>();
  const entries = arr(v, path).map((e, i) => {
    const o = obj(e, `${path}[${i}]`);
    const entryId = id(o.id, `${path}[${i}].id`);
    if (ids.has(entryId)) fail(`${path}[${i}].id`, 'an entry id used once');
    ids.add(entryId);
    str(o.name, `${path}[${i}].name`);
    strArr(o.aliases, `${path}[${i}].aliases`);
    strOrNull(o.mergedInto, `${path}[${i}].mergedInto`);
    return o;
  });
  entries.forEach((o, i) => {
    if (o.mergedInto !== null && !ids.has(o.mergedInto as string)) fail(`${path}[${i}].mergedInto`, 'the id of an entry or null');
  });
}

/**
 * Checks the envelope of a Plan JSON object (not its sections or meetings) at `version`, the version of the schema
 * it is read with; a newer one is refused as ModelError('newer-version'), an older one must be upgraded first.
 */
export function planHeader(v: unknown, version: number): Record<string, unknown> {
  const p = obj(v, 'plan');
  if (p.format !== PLAN_FORMAT) fail('format', `"${PLAN_FORMAT}"`);
  if (typeof p.version === 'number' && p.version > version) {
    throw new ModelError('newer-version', `saved by version ${p.version}; this version reads up to ${version}`, 'version');
  }
  if (p.version !== version) fail('version', `${version} (older Plan JSON is read with readPlanJson)`);
  id(p.id, 'id');
  str(p.title, 'title');
  strRecord(p.meta, 'meta');
  legend(p.legend, 'legend');
  columns(p.columns, 'columns');
  strArr(p.notes, 'notes');
  arr(p.sections, 'sections');
  arr(p.meetings, 'meetings');
  if (p.leadDirectory !== undefined) leadDirectory(p.leadDirectory, 'leadDirectory');
  jsonClean(p, 'plan');
  return p;
}
