// Who to chase for an update: leads whose actions have had no progress update since the last meeting.
import type { Plan } from '../plan-json';
import { leadDirectory } from '../leads/lead-directory';
import { formatDate } from './dates';
import { chaseLeads, liveActions, summarise, type ActionSummary } from './plan-walk';
import { isOverdue, lastUpdateStamp, resolveSince, updatedSince, type SinceSpec } from './since';

export interface ChaseItem extends ActionSummary {
  /** The latest update's stamp, whenever it was; null when the action has never had one. */
  lastUpdate: string | null;
  overdue: boolean;
}

/** One lead and their actions to chase. `lead` is '' for actions with no lead. */
export interface ChaseGroup {
  lead: string;
  items: ChaseItem[];
}

export interface ChaseOptions {
  /** Only these actions (e.g. a meeting's agenda); all live actions when absent. */
  actionIds?: readonly string[];
}

const byLead = (a: ChaseGroup, b: ChaseGroup): number => {
  if (a.lead === '' || b.lead === '') return a.lead === '' ? (b.lead === '' ? 0 : 1) : -1;
  return a.lead.localeCompare(b.lead, 'en-GB');
};

/**
 * Live actions not complete (Blue) with no progress update since `since`, grouped by lead (partners listed as
 * "Working with: ..." are not chased unless an action has no other lead); an action with several leads appears
 * under each. Groups sorted by lead, '' (no lead) last; items in plan order.
 */
export function chaseList(plan: Plan, since: SinceSpec, today: string, options: ChaseOptions = {}): ChaseGroup[] {
  const resolved = resolveSince(plan, since);
  const only = options.actionIds === undefined ? null : new Set(options.actionIds);
  const groups = new Map<string, ChaseItem[]>();
  const directory = leadDirectory(plan);
  for (const placed of liveActions(plan)) {
    const { action } = placed;
    if ((only && !only.has(action.id)) || action.rag === 'blue' || updatedSince(action, resolved)) continue;
    const item: ChaseItem = { ...summarise(placed), lastUpdate: lastUpdateStamp(action), overdue: isOverdue(action, today) };
    for (const lead of chaseLeads(action, directory)) groups.set(lead, [...(groups.get(lead) ?? []), item]);
  }
  return [...groups].map(([lead, items]) => ({ lead, items })).sort(byLead);
}

export interface ChaseEmailOptions {
  planTitle?: string;
  /** Shown as "since <date>"; an ISO date or date-time. */
  since?: string | null;
  /** Signs the email. */
  sender?: string;
}

/** The first line of an action's text, shortened to `max` characters. */
export function headline(text: string, max = 160): string {
  const first = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}

function emailLine(item: ChaseItem): string[] {
  const ref = item.ref ? `Action ${item.ref.replace(/\.$/, '')}: ` : '';
  const facts = [
    item.due ? `due ${formatDate(item.due)}${item.overdue ? ' (overdue)' : ''}` : null,
    `last update: ${item.lastUpdate ? formatDate(item.lastUpdate) : 'none recorded'}`,
  ].filter((f) => f !== null);
  return [`- ${ref}${headline(item.text)}`, `  ${facts.join('; ')}`];
}

/** A plain-text email asking one lead for updates on their actions, ready to paste into a mail client. */
export function chaseEmailText(lead: string, items: readonly ChaseItem[], options: ChaseEmailOptions = {}): string {
  const plan = options.planTitle ? ` on ${options.planTitle}` : '';
  const since = options.since ? ` since ${formatDate(options.since)}` : '';
  const lines = [
    `Dear ${lead || 'colleague'},`,
    '',
    `We have no progress update${since} for the following action${items.length === 1 ? '' : 's'} you lead${plan}:`,
    '',
    ...items.flatMap(emailLine),
    '',
    'Please reply with a short progress update and a RAG rating for each (Red, Amber, Green, or Blue when',
    'complete) before the next meeting.',
    '',
    'Thank you,',
    ...(options.sender ? [options.sender] : []),
  ];
  return `${lines.join('\n')}\n`;
}
