// The group dashboard as data: RAG by plan and by each plan's sections, overdue actions by organisation, and the
// group's RAG as each of its meetings left it. Every series is plain numbers a chart and a data table both draw.
import type { Plan } from '../plan-json';
import { dashboardData, type RagBar, type TrendBar } from '../meetings/dashboard';
import { headline } from '../meetings/chase';
import { chaseLeads, emptyCounts, liveActions, RAG_KEYS } from '../meetings/plan-walk';
import { isOverdue } from '../meetings/since';
import { blankLast } from './group-home';
import { DirectoryIndex } from './group-leads';
import { groupMeetingState, meetingParts } from './group-meeting-state';
import type { WorkingGroup } from './types';

export interface OverdueAction {
  planId: string;
  actionId: string;
  ref: string | null;
  text: string;
  due: string;
}

export interface OverdueByOrganisation {
  organisation: string;
  count: number;
  actions: OverdueAction[];
}

export interface GroupDashboard {
  today: string;
  /** All live actions of every plan, then one bar per plan (group order). */
  totals: RagBar;
  byPlan: RagBar[];
  /** Each plan's sections, as the plan dashboard draws them. */
  bySection: { planId: string; title: string; bars: RagBar[] }[];
  overdueByOrganisation: OverdueByOrganisation[];
  /** The group's ratings as each ended group meeting left them (its plans' parts added up), oldest first. */
  movement: TrendBar[];
}

const sum = (bars: readonly RagBar[], key: string, label: string): RagBar => {
  const counts = emptyCounts();
  for (const bar of bars) for (const k of RAG_KEYS) counts[k] += bar.counts[k];
  return { key, label, counts, total: bars.reduce((n, bar) => n + bar.total, 0) };
};

function overdue(group: WorkingGroup, plans: readonly [string, Plan][], today: string): OverdueByOrganisation[] {
  const index = new DirectoryIndex(group.directory);
  const found = new Map<string, OverdueAction[]>();
  for (const [planId, plan] of plans) {
    for (const { action } of liveActions(plan)) {
      if (!isOverdue(action, today)) continue;
      const item = { planId, actionId: action.id, ref: action.ref, text: headline(action.text, 120), due: action.due! };
      const organisations = new Set(chaseLeads(action).map((lead) => index.organisationOf(lead)));
      for (const organisation of organisations) found.set(organisation, [...(found.get(organisation) ?? []), item]);
    }
  }
  return [...found]
    .map(([organisation, actions]) => ({ organisation, count: actions.length, actions }))
    .sort((a, b) => blankLast(a.organisation, b.organisation) || b.count - a.count || a.organisation.localeCompare(b.organisation, 'en-GB'));
}

function movement(group: WorkingGroup, plans: ReadonlyMap<string, Plan | null>, today: string, last: number): TrendBar[] {
  const trends = new Map<string, TrendBar[]>();
  const trendOf = (plan: Plan) => trends.get(plan.id) ?? trends.set(plan.id, dashboardData(plan, today, { meetings: 1000 }).trend).get(plan.id)!;
  const bars: TrendBar[] = [];
  for (const meeting of group.meetings) {
    const parts = meetingParts(group, meeting, plans);
    if (parts.length === 0 || groupMeetingState(parts) !== 'ended') continue;
    const partBars = parts.map((part) => trendOf(part.plan).find((bar) => bar.key === part.meetingId)).filter((b) => b !== undefined);
    const label = meeting.title.trim() ? `${meeting.date} ${meeting.title.trim()}` : meeting.date;
    bars.push({ ...sum(partBars, meeting.id, label), date: meeting.date });
  }
  return bars.slice(Math.max(0, bars.length - last));
}

/** The group dashboard as of `today` over the group's live (not archived) plans this device has. */
export function groupDashboard(group: WorkingGroup, plans: ReadonlyMap<string, Plan | null>, today: string, options: { meetings?: number } = {}): GroupDashboard {
  const held: [string, Plan][] = [];
  for (const entry of group.plans) {
    const plan = plans.get(entry.id);
    if (plan && !entry.archived) held.push([entry.id, plan]);
  }
  const perPlan = held.map(([planId, plan]) => ({ planId, plan, data: dashboardData(plan, today) }));
  const byPlan = perPlan.map(({ planId, plan, data }) => ({ ...data.totals, key: planId, label: plan.title }));
  return {
    today,
    totals: sum(byPlan, 'all', 'All plans'),
    byPlan,
    bySection: perPlan.map(({ planId, plan, data }) => ({ planId, title: plan.title, bars: data.bySection })),
    overdueByOrganisation: overdue(group, held, today),
    movement: movement(group, plans, today, options.meetings ?? 6),
  };
}
