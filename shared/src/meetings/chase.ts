// Who to chase for an update: leads whose actions have had no progress update since the last meeting, and every
// action whose lead a meeting marked absent (first, and marked as such).
import type { Action, Meeting, Plan } from '../plan-json';
import { leadDirectory } from '../leads/lead-directory';
import { DEFAULT_LOCALE, formatDate } from './dates';
import { markedActions } from './marks';
import { chaseLeads, liveActions, summarise, type ActionSummary } from './plan-walk';
import { currentPosition, importedAt, positionSource, type Position } from './position';
import {
  heldMeetings, isOverdue, isSince, lastUpdateStamp, meetingCutoff, resolveSince, updatedSince, type Since, type SinceSpec,
} from './since';

export interface ChaseItem extends ActionSummary {
  /** The latest update's stamp, whenever it was; null when the action has never had one. */
  lastUpdate: string | null;
  /** What the group last knew: the latest update, or the progress the plan came with (see currentPosition). */
  position: Position;
  overdue: boolean;
  /** The date of the meeting that marked this action's lead absent (since `since`); null when none did. */
  leadAbsentAt: string | null;
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

const hasAbsent = (g: ChaseGroup): boolean => g.items.some((i) => i.leadAbsentAt !== null);

/** Groups with a lead-absent action first; then by lead, '' (no lead) last. */
const byLead = (a: ChaseGroup, b: ChaseGroup): number => {
  if (hasAbsent(a) !== hasAbsent(b)) return hasAbsent(a) ? -1 : 1;
  if (a.lead === '' || b.lead === '') return a.lead === '' ? (b.lead === '' ? 0 : 1) : -1;
  return a.lead.localeCompare(b.lead, 'en-GB');
};

/**
 * Meetings held since `since` (not the meeting it counts from), with the actions each marked lead absent, latest
 * meeting first, so an action absent twice is dated by its latest absence.
 */
function absencesSince(plan: Plan, since: Since): { meeting: Meeting; actionIds: Set<string> }[] {
  return heldMeetings(plan)
    .filter((m) => m.id !== since.meetingId && isSince(meetingCutoff(plan, m), null, since))
    .map((meeting) => ({ meeting, actionIds: new Set(markedActions(meeting, 'lead-absent')) }))
    .reverse();
}

/** The meeting (since `since`) that marked the action's lead absent and has had no update after it, or null. */
function absentIn(plan: Plan, action: Action, absences: ReturnType<typeof absencesSince>): Meeting | null {
  const found = absences.find((a) => a.actionIds.has(action.id))?.meeting ?? null;
  // An update recorded after that meeting answers the chase; one given in it (by a deputy) does not.
  return found && !updatedSince(action, resolveSince(plan, { meetingId: found.id })) ? found : null;
}

/**
 * Live actions not complete (Blue) with no progress update since `since`, and those whose lead a meeting since
 * then marked absent (until an update after that meeting), grouped by lead (partners listed as "Working with: ..."
 * are not chased unless an action has no other lead); an action with several leads appears under each. Groups
 * with a lead-absent action come first, then by lead, '' (no lead) last; in a group, lead-absent items first,
 * then plan order.
 */
export function chaseList(plan: Plan, since: SinceSpec, today: string, options: ChaseOptions = {}): ChaseGroup[] {
  const resolved = resolveSince(plan, since);
  const only = options.actionIds === undefined ? null : new Set(options.actionIds);
  const absences = absencesSince(plan, resolved);
  const imported = importedAt(plan);
  const groups = new Map<string, ChaseItem[]>();
  const directory = leadDirectory(plan);
  for (const placed of liveActions(plan)) {
    const { action } = placed;
    if ((only && !only.has(action.id)) || action.rag === 'blue') continue;
    const absent = absentIn(plan, action, absences);
    if (!absent && updatedSince(action, resolved)) continue;
    const item: ChaseItem = {
      ...summarise(placed),
      lastUpdate: lastUpdateStamp(action),
      position: currentPosition(action, imported),
      overdue: isOverdue(action, today),
      leadAbsentAt: absent?.date ?? null,
    };
    for (const lead of chaseLeads(action, directory)) groups.set(lead, [...(groups.get(lead) ?? []), item]);
  }
  const absentFirst = (items: ChaseItem[]) => [...items.filter((i) => i.leadAbsentAt), ...items.filter((i) => !i.leadAbsentAt)];
  return [...groups].map(([lead, items]) => ({ lead, items: absentFirst(items) })).sort(byLead);
}

export interface ChaseEmailOptions {
  planTitle?: string;
  /** Shown as "since <date>"; an ISO date or date-time. */
  since?: string | null;
  /** Signs the email. */
  sender?: string;
  /** How dates are written (default en-GB). */
  locale?: string;
}

/** The first line of an action's text, shortened to `max` characters. */
export function headline(text: string, max = 160): string {
  const first = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}

/** How much of an imported position the email quotes: enough to remind, not the whole cell. */
const POSITION_QUOTE = 240;

function positionFact(position: Position, locale: string): string {
  if (position.kind === 'none') return 'last update: none recorded';
  if (position.kind === 'update') return `last update: ${formatDate(position.date, locale)}`;
  return `current position (${positionSource(position, locale)}): ${headline(position.text, POSITION_QUOTE)}`;
}

function emailLine(item: ChaseItem, locale: string): string[] {
  const ref = item.ref ? `Action ${item.ref.replace(/\.$/, '')}: ` : '';
  const facts = [
    item.leadAbsentAt ? `lead absent at the meeting of ${formatDate(item.leadAbsentAt, locale)}` : null,
    item.due ? `due ${formatDate(item.due, locale)}${item.overdue ? ' (overdue)' : ''}` : null,
    positionFact(item.position, locale),
  ].filter((f) => f !== null);
  return [`- ${ref}${headline(item.text)}`, `  ${facts.join('; ')}`];
}

/** A plain-text email asking one lead for updates on their actions, ready to paste into a mail client. */
export function chaseEmailText(lead: string, items: readonly ChaseItem[], options: ChaseEmailOptions = {}): string {
  const plan = options.planTitle ? ` on ${options.planTitle}` : '';
  const locale = options.locale ?? DEFAULT_LOCALE;
  const since = options.since ? ` since ${formatDate(options.since, locale)}` : '';
  const lines = [
    `Dear ${lead || 'colleague'},`,
    '',
    `We have no progress update${since} for the following action${items.length === 1 ? '' : 's'} you lead${plan}:`,
    '',
    ...items.flatMap((item) => emailLine(item, locale)),
    '',
    'Please reply with a short progress update and a RAG rating for each (Red, Amber, Green, or Blue when',
    'complete) before the next meeting.',
    '',
    'Thank you,',
    ...(options.sender ? [options.sender] : []),
  ];
  return `${lines.join('\n')}\n`;
}
