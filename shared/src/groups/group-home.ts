// The group's home page as data: each plan's RAG summary and meetings, what changed since the group last met,
// and who has not reported, by organisation.
import type { Plan } from '../plan-json';
import { changesSince, type Changes } from '../meetings/changes';
import { chaseList } from '../meetings/chase';
import { emptyCounts, liveActions, type RagKey } from '../meetings/plan-walk';
import { lastEndedMeeting, type SinceSpec } from '../meetings/since';
import { DirectoryIndex } from './group-leads';
import { lastAndNextMeeting, meetingParts } from './group-meeting-state';
import type { WorkingGroup, GroupMeeting, GroupPlan } from './types';

export interface PlanSummary {
  plan: GroupPlan;
  /** Null when this device does not have the plan (yet). */
  counts: Record<RagKey, number> | null;
  total: number;
  /** What changed in it since the group's (else the plan's) last meeting. */
  changes: Changes | null;
}

/** An organisation with open actions that had no update since the last meeting. */
export interface NotReported {
  organisation: string;
  /** How many actions, and in which plans (by id, group order). */
  count: number;
  planIds: string[];
}

export interface GroupHome {
  plans: PlanSummary[];
  lastMeeting: { meeting: GroupMeeting; state: string } | null;
  nextMeeting: { meeting: GroupMeeting; state: string } | null;
  notReported: NotReported[];
  /** Live members by organisation, organisations by name ('' last). */
  members: { organisation: string; names: string[] }[];
}

/** Orders '' (no organisation) after every name. */
export const blankLast = (a: string, b: string): number => ((a === '') === (b === '') ? 0 : a === '' ? 1 : -1);

/** "Since the last meeting" for one plan: its part in the group's last meeting, else its own last ended meeting. */
export function sinceFor(plan: Plan, last: GroupMeeting | null, today: string): SinceSpec {
  const meetingId = last?.planMeetings[plan.id];
  if (meetingId && plan.meetings.some((m) => m.id === meetingId)) return { meetingId };
  const own = lastEndedMeeting(plan, today);
  return own ? { meetingId: own.id } : null;
}

function summarise(entry: GroupPlan, plan: Plan | null, last: GroupMeeting | null, today: string): PlanSummary {
  if (!plan) return { plan: entry, counts: null, total: 0, changes: null };
  const counts = emptyCounts();
  for (const { action } of liveActions(plan)) counts[action.rag ?? 'none']++;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { plan: entry, counts, total, changes: changesSince(plan, sinceFor(plan, last, today), today) };
}

function notReported(group: WorkingGroup, plans: ReadonlyMap<string, Plan | null>, last: GroupMeeting | null, today: string): NotReported[] {
  const index = new DirectoryIndex(group.directory);
  const byOrganisation = new Map<string, { ids: Set<string>; planIds: Set<string> }>();
  for (const entry of group.plans.filter((p) => !p.archived)) {
    const plan = plans.get(entry.id);
    if (!plan) continue;
    for (const { lead, items } of chaseList(plan, sinceFor(plan, last, today), today)) {
      const organisation = index.organisationOf(lead);
      const found = byOrganisation.get(organisation) ?? { ids: new Set<string>(), planIds: new Set<string>() };
      items.forEach((item) => found.ids.add(`${entry.id}/${item.actionId}`));
      found.planIds.add(entry.id);
      byOrganisation.set(organisation, found);
    }
  }
  const order = group.plans.map((p) => p.id);
  return [...byOrganisation]
    .map(([organisation, { ids, planIds }]) => ({ organisation, count: ids.size, planIds: order.filter((id) => planIds.has(id)) }))
    .sort((a, b) => blankLast(a.organisation, b.organisation) || b.count - a.count || a.organisation.localeCompare(b.organisation, 'en-GB'));
}

function membersByOrganisation(group: WorkingGroup): GroupHome['members'] {
  const out = new Map<string, string[]>();
  for (const member of group.members.filter((m) => !m.removed)) out.set(member.organisation, [...(out.get(member.organisation) ?? []), member.name]);
  return [...out]
    .map(([organisation, names]) => ({ organisation, names }))
    .sort((a, b) => blankLast(a.organisation, b.organisation) || a.organisation.localeCompare(b.organisation, 'en-GB'));
}

/** The group's home as of `today`; `plans` holds each group plan this device has (null or absent: not yet). */
export function groupHome(group: WorkingGroup, plans: ReadonlyMap<string, Plan | null>, today: string): GroupHome {
  const { last, next } = lastAndNextMeeting(group, plans, today);
  const lastMeeting = last?.meeting ?? null;
  return {
    plans: group.plans.map((entry) => summarise(entry, plans.get(entry.id) ?? null, lastMeeting, today)),
    lastMeeting: last,
    nextMeeting: next,
    notReported: notReported(group, plans, lastMeeting, today),
    members: membersByOrganisation(group),
  };
}

export { meetingParts };
