import type { Action, Plan } from '../plan-json';
import { markedActions } from './marks';
import { liveActions, requireMeeting } from './plan-walk';

/** Where a meeting's walk-through has got to, from what was captured with its id. */
export interface MeetingProgress {
  /** The agenda's live actions, in agenda order. */
  agenda: string[];
  /** Rated or updated in this meeting (agenda order, then any off-agenda actions in plan order). */
  discussed: string[];
  deferred: string[];
  leadAbsent: string[];
  /** Agenda actions with nothing captured yet (no rating, update or mark). */
  remaining: string[];
  /** Actions captured in the meeting that are not on its agenda. */
  offAgenda: string[];
  /** The first remaining action: where the walk-through goes next; null when the agenda is done. */
  next: string | null;
}

/** Whether the action holds a rating or update recorded in `meetingId`. */
export function capturedIn(action: Action, meetingId: string): boolean {
  return action.ragHistory.some((e) => e.meetingId === meetingId) || action.updates.some((u) => u.meetingId === meetingId);
}

/** Where meeting `meetingId` has got to. Throws MeetingError 'meeting-not-found'. */
export function meetingProgress(plan: Plan, meetingId: string): MeetingProgress {
  const meeting = requireMeeting(plan, meetingId);
  const placed = liveActions(plan);
  const liveIds = new Set(placed.map((p) => p.action.id));
  const agenda = [...new Set(meeting.agenda)].filter((id) => liveIds.has(id));
  const onAgenda = new Set(agenda);
  const discussedSet = new Set(placed.filter((p) => capturedIn(p.action, meetingId)).map((p) => p.action.id));
  const inOrder = (ids: Set<string>): string[] => [
    ...agenda.filter((id) => ids.has(id)),
    ...placed.map((p) => p.action.id).filter((id) => ids.has(id) && !onAgenda.has(id)),
  ];
  const deferred = inOrder(new Set(markedActions(meeting, 'deferred').filter((id) => liveIds.has(id))));
  const leadAbsent = inOrder(new Set(markedActions(meeting, 'lead-absent').filter((id) => liveIds.has(id))));
  const handled = new Set([...discussedSet, ...deferred, ...leadAbsent]);
  const remaining = agenda.filter((id) => !handled.has(id));
  return {
    agenda,
    discussed: inOrder(discussedSet),
    deferred,
    leadAbsent,
    remaining,
    offAgenda: inOrder(handled).filter((id) => !onAgenda.has(id)),
    next: remaining[0] ?? null,
  };
}
