/**
 * "Since" a date or a meeting, and "as at" a meeting's end. Entries carry ISO stamps (a date, or a date-time in
 * UTC); ISO strings compare in time order as text, and a bare date sorts before every time on that day.
 */
import type { Action, Meeting, Plan, Rag, RagEntry } from '../plan-json';
import { compareRagEntries, currentRag } from '../model';
import { requireMeeting } from './plan-walk';

/** What "since" means to a caller: a date (or date-time), a meeting, or null for the beginning of the plan. */
export type SinceSpec = { date: string } | { meetingId: string } | null;

/**
 * A resolved "since": entries stamped at or after `from` (strictly after, when `inclusive` is false) that were
 * not recorded in `meetingId` count as since.
 */
export interface Since {
  from: string;
  inclusive: boolean;
  meetingId: string | null;
}

/** The beginning of the plan: everything counts as since. */
export const SINCE_EVER: Since = { from: '', inclusive: true, meetingId: null };

/** Since a date (or date-time), that day included. */
export function sinceDate(date: string): Since {
  return { from: date, inclusive: true, meetingId: null };
}

/** Whether an entry stamped `stamp` in `meetingId` (or none) counts as since. */
export function isSince(stamp: string, meetingId: string | null, since: Since): boolean {
  if (since.meetingId !== null && meetingId === since.meetingId) return false;
  return since.inclusive ? stamp >= since.from : stamp > since.from;
}

/** Every stamp an action holds for `meetingId` (ratings and updates). */
function stampsIn(action: Action, meetingId: string): string[] {
  return [
    ...action.ragHistory.filter((e) => e.meetingId === meetingId).map((e) => e.at),
    ...action.updates.filter((u) => u.meetingId === meetingId).map((u) => u.date),
  ];
}

/**
 * When a meeting ended, as far as the doc can tell: its latest captured stamp (ratings, updates, marks), or the
 * end of its day when it captured nothing.
 */
export function meetingCutoff(plan: Plan, meeting: Meeting): string {
  let latest = '';
  for (const section of plan.sections) {
    for (const group of section.groups) {
      for (const action of group.actions) {
        for (const stamp of stampsIn(action, meeting.id)) if (stamp > latest) latest = stamp;
      }
    }
  }
  for (const mark of meeting.marks ?? []) if (mark.at > latest) latest = mark.at;
  return latest === '' ? `${meeting.date}T23:59:59.999Z` : latest;
}

/** Resolves a SinceSpec. Throws MeetingError 'meeting-not-found' for an unknown meeting. */
export function resolveSince(plan: Plan, spec: SinceSpec): Since {
  if (spec === null) return SINCE_EVER;
  if ('date' in spec) return sinceDate(spec.date);
  const meeting = requireMeeting(plan, spec.meetingId);
  return { from: meetingCutoff(plan, meeting), inclusive: false, meetingId: meeting.id };
}

/** Meetings that have happened (live or ended), oldest first: by date, then in the plan's order. */
export function heldMeetings(plan: Plan): Meeting[] {
  const held = plan.meetings.map((m, i) => ({ m, i })).filter(({ m }) => m.state !== 'planned');
  held.sort((a, b) => (a.m.date === b.m.date ? a.i - b.i : a.m.date < b.m.date ? -1 : 1));
  return held.map(({ m }) => m);
}

/** The meeting held before `meetingId` (live or ended), or null when it is the first. */
export function previousMeeting(plan: Plan, meetingId: string): Meeting | null {
  const meeting = requireMeeting(plan, meetingId);
  const held = heldMeetings(plan).filter((m) => m.id !== meetingId);
  const before = held.filter((m) => m.date <= meeting.date);
  return before.at(-1) ?? null;
}

/** The last ended meeting on or before `today`, or null: what "since the last meeting" means between meetings. */
export function lastEndedMeeting(plan: Plan, today: string): Meeting | null {
  return heldMeetings(plan).filter((m) => m.state === 'ended' && m.date <= today).at(-1) ?? null;
}

/**
 * The meeting before the latest one held on or before `today` (live or ended), or null when fewer than two were
 * held: what "since the last meeting" counts from by default. Straight after a meeting, counting from the meeting
 * just held would show nothing it recorded; counting from the one before shows what it changed.
 */
export function meetingBeforeLatest(plan: Plan, today: string): Meeting | null {
  const held = heldMeetings(plan).filter((m) => m.date <= today);
  return held.at(-2) ?? null;
}

/** The default "since" of the changes view, the chase list and My actions: see meetingBeforeLatest. */
export function defaultSince(plan: Plan, today: string): SinceSpec {
  const before = meetingBeforeLatest(plan, today);
  return before ? { meetingId: before.id } : null;
}

/**
 * The action's rating counting only the history entries `keep` accepts. A rating the plan came with (no history
 * at all) holds throughout; with history, an action no kept entry rated has no rating (null).
 */
export function ragWhere(action: Action, keep: (at: string, meetingId: string | null) => boolean): Rag | null {
  if (action.ragHistory.length === 0) return action.rag;
  return currentRag(action.ragHistory.filter((e) => keep(e.at, e.meetingId)));
}

/** The action's rating as the meeting left it: entries recorded in it, and any others stamped by its cutoff. */
export function ragAtMeetingEnd(action: Action, meetingId: string, cutoff: string): Rag | null {
  return ragWhere(action, (at, entryMeeting) => entryMeeting === meetingId || at <= cutoff);
}

/** The entry that sets the current rating (the model's order), or null for no history. */
export function latestRagEntry(history: readonly RagEntry[]): RagEntry | null {
  let latest: RagEntry | null = null;
  for (const entry of history) if (latest === null || compareRagEntries(entry, latest) > 0) latest = entry;
  return latest;
}

/** The latest update's stamp, or null when the action has none. */
export function lastUpdateStamp(action: Action): string | null {
  let latest: string | null = null;
  for (const u of action.updates) if (latest === null || u.date > latest) latest = u.date;
  return latest;
}

/** Whether the action has an update that counts as since. */
export function updatedSince(action: Action, since: Since): boolean {
  return action.updates.some((u) => isSince(u.date, u.meetingId, since));
}

/** Due date passed (the due day itself is not overdue) and not complete (Blue). */
export function isOverdue(action: Action, today: string): boolean {
  return action.due !== null && action.due < today && action.rag !== 'blue';
}
