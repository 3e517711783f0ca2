/**
 * Dashboard data: plain series that a chart (stacked bars, a trend line) and an accessible data table can both
 * render. Every bar carries counts for all RAG keys, in RAG_KEYS order.
 */
import type { Plan } from '../plan-json';
import { leadDirectory } from '../leads/lead-directory';
import { DEFAULT_LOCALE, formatDate } from './dates';
import { chaseLeads, emptyCounts, liveActions, sectionLabel, type RagKey } from './plan-walk';
import { heldMeetings, isOverdue, meetingCutoff, ragAtMeetingEnd } from './since';

/** One bar: a label and how many actions have each rating. */
export interface RagBar {
  /** A section id, a meeting id, or 'all'. */
  key: string;
  label: string;
  counts: Record<RagKey, number>;
  total: number;
}

/** A bar of the trend: the ratings as a meeting left them. */
export interface TrendBar extends RagBar {
  date: string;
}

export interface OverdueByLead {
  lead: string;
  count: number;
  actionIds: string[];
}

export interface DashboardData {
  today: string;
  /** Ratings of all live actions now. */
  totals: RagBar;
  /** Ratings per section now, in plan order (sections with no live action left out). */
  bySection: RagBar[];
  /** Ratings at the end of each of the last `meetings` ended meetings, oldest first. */
  trend: TrendBar[];
  /** Overdue actions per lead (partners "Working with: ..." left out as in the chase list), most first. */
  overdueByLead: OverdueByLead[];
}

export interface DashboardOptions {
  /** How many past meetings the trend covers; default 6. */
  meetings?: number;
  /** How the trend's meeting dates are written (default en-GB). */
  locale?: string;
}

const total = (counts: Record<RagKey, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

function trendBars(plan: Plan, n: number, locale: string): TrendBar[] {
  const placed = liveActions(plan);
  const ended = heldMeetings(plan).filter((m) => m.state === 'ended');
  return ended.slice(Math.max(0, ended.length - n)).map((meeting) => {
    const cutoff = meetingCutoff(plan, meeting);
    const counts = emptyCounts();
    for (const { action } of placed) counts[ragAtMeetingEnd(action, meeting.id, cutoff) ?? 'none']++;
    const date = formatDate(meeting.date, locale);
    const label = meeting.title.trim() ? `${date} ${meeting.title.trim()}` : date;
    return { key: meeting.id, label, date: meeting.date, counts, total: total(counts) };
  });
}

/** Dashboard series for a plan as of `today` (YYYY-MM-DD). */
export function dashboardData(plan: Plan, today: string, options: DashboardOptions = {}): DashboardData {
  const placed = liveActions(plan);
  const totals = emptyCounts();
  const sections = new Map<string, RagBar>();
  const overdue = new Map<string, string[]>();
  const directory = leadDirectory(plan);
  for (const { action, section } of placed) {
    const key = action.rag ?? 'none';
    totals[key]++;
    const bar = sections.get(section.id) ?? { key: section.id, label: sectionLabel(section), counts: emptyCounts(), total: 0 };
    bar.counts[key]++;
    bar.total++;
    sections.set(section.id, bar);
    if (!isOverdue(action, today)) continue;
    for (const lead of chaseLeads(action, directory)) overdue.set(lead, [...(overdue.get(lead) ?? []), action.id]);
  }
  const overdueByLead = [...overdue]
    .map(([lead, actionIds]) => ({ lead, count: actionIds.length, actionIds }))
    .sort((a, b) => b.count - a.count || a.lead.localeCompare(b.lead, 'en-GB'));
  return {
    today,
    totals: { key: 'all', label: 'All actions', counts: totals, total: total(totals) },
    bySection: [...sections.values()],
    trend: trendBars(plan, options.meetings ?? 6, options.locale ?? DEFAULT_LOCALE),
    overdueByLead,
  };
}
