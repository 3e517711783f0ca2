// A group meeting's state and agenda come from its plans' own meetings: the group document stores no copy of them.
import type { MeetingState, Plan } from '../plan-json';
import { meetingProgress, type MeetingProgress } from '../meetings/progress';
import type { WorkingGroup, GroupMeeting } from './types';

/** One plan's part in a group meeting. */
export interface MeetingPart {
  planId: string;
  plan: Plan;
  meetingId: string;
}

/** The parts of `meeting` whose plan and plan meeting this device has, in the group's plan order. */
export function meetingParts(group: WorkingGroup, meeting: GroupMeeting, plans: ReadonlyMap<string, Plan | null>): MeetingPart[] {
  const parts: MeetingPart[] = [];
  for (const { id } of group.plans) {
    const plan = plans.get(id);
    const meetingId = meeting.planMeetings[id];
    if (plan && meetingId && plan.meetings.some((m) => m.id === meetingId)) parts.push({ planId: id, plan, meetingId });
  }
  return parts;
}

/** Live when any part is live; ended when every part has ended; planned otherwise (and with no parts yet). */
export function groupMeetingState(parts: readonly MeetingPart[]): MeetingState {
  const states = parts.map((p) => p.plan.meetings.find((m) => m.id === p.meetingId)!.state);
  if (states.includes('live')) return 'live';
  if (states.length > 0 && states.every((s) => s === 'ended')) return 'ended';
  return 'planned';
}

/** One step of a walk-through across plans. */
export interface AgendaStep {
  planId: string;
  meetingId: string;
  actionId: string;
}

/** A group meeting's progress: each part's, and their agendas one after the other in the group's plan order. */
export interface GroupProgress {
  parts: (MeetingPart & { progress: MeetingProgress })[];
  agenda: AgendaStep[];
  remaining: AgendaStep[];
  counts: { agenda: number; discussed: number; deferred: number; leadAbsent: number; remaining: number };
}

export function groupMeetingProgress(parts: readonly MeetingPart[]): GroupProgress {
  const withProgress = parts.map((part) => ({ ...part, progress: meetingProgress(part.plan, part.meetingId) }));
  const steps = (pick: (p: MeetingProgress) => string[]) =>
    withProgress.flatMap((part) => pick(part.progress).map((actionId) => ({ planId: part.planId, meetingId: part.meetingId, actionId })));
  const sum = (pick: (p: MeetingProgress) => string[]) => withProgress.reduce((n, part) => n + pick(part.progress).length, 0);
  return {
    parts: withProgress,
    agenda: steps((p) => p.agenda),
    remaining: steps((p) => p.remaining),
    counts: {
      agenda: sum((p) => p.agenda),
      discussed: sum((p) => p.discussed),
      deferred: sum((p) => p.deferred),
      leadAbsent: sum((p) => p.leadAbsent),
      remaining: sum((p) => p.remaining),
    },
  };
}

/** The group's meetings with their state, for the home page: the last held and the next to come. */
export function lastAndNextMeeting(group: WorkingGroup, plans: ReadonlyMap<string, Plan | null>, today: string) {
  const stated = group.meetings.map((meeting) => ({ meeting, state: groupMeetingState(meetingParts(group, meeting, plans)) }));
  const last = stated.filter((m) => m.state !== 'planned' && m.meeting.date <= today).at(-1) ?? null;
  const next = stated.find((m) => m.state !== 'ended' && m.meeting.date >= today && m !== last) ?? null;
  return { last, next };
}
