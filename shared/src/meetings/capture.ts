/**
 * Walk-through capture: everything recorded in a meeting carries the meeting's id, who recorded it and when, so
 * minutes, progress and "since the last meeting" can be derived from the doc alone.
 */
import { addMeetingMark, addMinuteLines, addUpdate, planFromDoc, setRag, updateMeeting, type PlanDoc } from '../model';
import type { Meeting, MeetingMarkKind, Rag } from '../plan-json';
import { MeetingError } from './errors';
import { requireAction, requireLiveMeeting, requireMeeting } from './plan-walk';
import { meetingProgress } from './progress';

/** An ISO date-time for "now", only when the caller gave none. */
const stamp = (at: string | undefined): string => at ?? new Date().toISOString();

/** Checks that `meetingId` is live and `actionId` exists; throws MeetingError otherwise. */
function liveContext(doc: PlanDoc, meetingId: string, actionId: string): void {
  const plan = planFromDoc(doc);
  requireLiveMeeting(plan, meetingId);
  requireAction(plan, actionId);
}

/**
 * Starts a meeting (state "live"), optionally fixing its agenda, facilitator and attendees as it starts.
 * Starting a live meeting again only applies the patch. Throws MeetingError 'meeting-not-found', or 'ended'.
 */
export function startMeeting(
  doc: PlanDoc,
  meetingId: string,
  patch: Partial<Pick<Meeting, 'agenda' | 'facilitator' | 'attendees'>> = {},
): void {
  const meeting = requireMeeting(planFromDoc(doc), meetingId);
  if (meeting.state === 'ended') throw new MeetingError('ended', `meeting ${meetingId} has ended`);
  updateMeeting(doc, meetingId, { ...patch, state: 'live' });
}

/**
 * Ends a meeting (state "ended") and makes its draft minutes editable (see prepareMinutes); ending an ended
 * meeting changes nothing. Throws 'meeting-not-found'.
 */
export function endMeeting(doc: PlanDoc, meetingId: string): void {
  requireMeeting(planFromDoc(doc), meetingId);
  updateMeeting(doc, meetingId, { state: 'ended' });
  prepareMinutes(doc, meetingId);
}

/**
 * Reopens a meeting ended by mistake (state "live" again), so capture can go on; everything it recorded stays.
 * Reopening a live meeting changes nothing. Throws MeetingError 'meeting-not-found', or 'not-ended' for a meeting
 * that was never started.
 */
export function reopenMeeting(doc: PlanDoc, meetingId: string): void {
  const meeting = requireMeeting(planFromDoc(doc), meetingId);
  if (meeting.state === 'planned') throw new MeetingError('not-ended', `meeting ${meetingId} has not started`);
  updateMeeting(doc, meetingId, { state: 'live' });
}

/**
 * Makes an empty (not edited) minute line for each action the meeting discussed that has none, so the lines
 * exist before anyone edits them (two replicas making one line at once would keep only one's words). Call when
 * the draft is opened for editing; writes nothing when every line exists. Throws 'meeting-not-found'.
 */
export function prepareMinutes(doc: PlanDoc, meetingId: string): void {
  const plan = planFromDoc(doc);
  requireMeeting(plan, meetingId);
  addMinuteLines(doc, meetingId, meetingProgress(plan, meetingId).discussed);
}

/**
 * Records the rating agreed for an action in a live meeting. `at` defaults to now.
 * Throws MeetingError 'meeting-not-found', 'not-live' or 'action-not-found'; nothing is written then.
 */
export function rateInMeeting(doc: PlanDoc, meetingId: string, actionId: string, rag: Rag, who: string, at?: string): void {
  liveContext(doc, meetingId, actionId);
  setRag(doc, actionId, rag, { by: who, meetingId, at: stamp(at) });
}

/**
 * Records a progress update given in a live meeting, dated `at` (default now); returns the update's id.
 * Throws MeetingError 'empty-update' for blank text, and as rateInMeeting.
 */
export function updateInMeeting(
  doc: PlanDoc,
  meetingId: string,
  actionId: string,
  text: string,
  who: string,
  at?: string,
): string {
  liveContext(doc, meetingId, actionId);
  if (text.trim() === '') throw new MeetingError('empty-update', 'a progress update needs some text');
  return addUpdate(doc, actionId, { date: stamp(at), author: who, meetingId, text });
}

function mark(doc: PlanDoc, meetingId: string, actionId: string, kind: MeetingMarkKind, who: string, at?: string, cleared = false) {
  liveContext(doc, meetingId, actionId);
  addMeetingMark(doc, meetingId, { actionId, kind, by: who, at: stamp(at), cleared });
}

/** Marks an action as deferred to a later meeting. Throws as rateInMeeting. */
export function deferInMeeting(doc: PlanDoc, meetingId: string, actionId: string, who: string, at?: string): void {
  mark(doc, meetingId, actionId, 'deferred', who, at);
}

/** Marks an action's lead as absent from the meeting (so the action goes on the chase list). Throws as rateInMeeting. */
export function markLeadAbsent(doc: PlanDoc, meetingId: string, actionId: string, who: string, at?: string): void {
  mark(doc, meetingId, actionId, 'lead-absent', who, at);
}

/** Takes back a deferred or lead-absent mark (appends a clearing entry; the mark stays in the history). */
export function clearMeetingMark(
  doc: PlanDoc,
  meetingId: string,
  actionId: string,
  kind: MeetingMarkKind,
  who: string,
  at?: string,
): void {
  mark(doc, meetingId, actionId, kind, who, at, true);
}
