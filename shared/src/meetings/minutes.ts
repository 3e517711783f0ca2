// The record of a meeting, drafted from what was captured with its id; the renderers only lay it out.
import { RAG_LABELS, type Action, type Attendee, type MeetingState, type Plan, type Rag } from '../plan-json';
import { chaseList, type ChaseGroup } from './chase';
import { DEFAULT_LOCALE, formatDate } from './dates';
import { markedActions } from './marks';
import { RAG_KEYS, emptyCounts, liveActions, requireMeeting, summarise, type ActionSummary, type RagKey } from './plan-walk';
import { currentPosition, importedAt, type Position } from './position';
import { meetingProgress } from './progress';
import { meetingCutoff, previousMeeting, ragAtMeetingEnd, ragWhere } from './since';

export interface MinutesUpdate {
  author: string;
  date: string;
  text: string;
}

/** An action discussed in the meeting. */
export interface MinutesItem extends ActionSummary {
  /** Updates recorded in the meeting, in the order given. */
  updates: MinutesUpdate[];
  /** The rating before the meeting rated it (null: not rated before). */
  ragFrom: Rag | null;
  /** The rating the meeting agreed; null when the meeting did not rate the action. */
  ragTo: Rag | null;
  leadAbsent: boolean;
  /** The line as the facilitator edited it in the draft; null: not edited (the updates above are minuted). */
  minute: string | null;
  /**
   * The action's position as the meeting left it (its latest update by then, or the progress the plan came with),
   * shown when the meeting recorded no update of its own.
   */
  position: Position;
}

export interface Minutes {
  planId: string;
  planTitle: string;
  meetingId: string;
  date: string;
  title: string;
  facilitator: string;
  state: MeetingState;
  notes: string;
  attendees: Attendee[];
  /** Rated or updated in the meeting: agenda order, then off-agenda actions in plan order. */
  discussed: MinutesItem[];
  deferred: ActionSummary[];
  leadAbsent: ActionSummary[];
  /** On the agenda, nothing captured. */
  notReached: ActionSummary[];
  /** Leads to ask for an update: agenda actions with no update since the previous meeting (or ever). */
  chase: ChaseGroup[];
  /** The date of the previous meeting the chase list counts from; null when this is the first. */
  chaseSince: string | null;
  /** Ratings of all live actions as the meeting left them. */
  ragCounts: Record<RagKey, number>;
}

/** Section headings, shared by the Markdown and Word renderers so both read the same. */
export const MINUTES_HEADINGS = {
  attendees: 'Attendees',
  discussed: 'Actions discussed',
  deferred: 'Deferred to a later meeting',
  leadAbsent: 'Lead absent',
  notReached: 'Not reached',
  chase: 'Updates to chase',
  summary: 'RAG summary',
  notes: 'Notes',
} as const;

/**
 * The text minuted for a discussed action: the edited line, else its updates ("Author: text", one a line), else
 * "Lead absent" or "No update". What the draft's editor starts from.
 */
export function minuteText(item: Pick<MinutesItem, 'minute' | 'updates' | 'leadAbsent'>): string {
  if (item.minute !== null) return item.minute;
  if (item.updates.length > 0) return item.updates.map((u) => `${u.author}: ${u.text}`).join('\n');
  return item.leadAbsent ? 'Lead absent' : 'No update';
}

/** "Amber → Green", "Green (unchanged)", "Red (first rating)", or "Amber (not re-rated)". */
export function ragMovementText(item: Pick<MinutesItem, 'ragFrom' | 'ragTo'>): string {
  const label = (r: Rag | null): string => (r === null ? 'not rated' : RAG_LABELS[r]);
  if (item.ragTo === null) return `${label(item.ragFrom)} (not re-rated)`;
  if (item.ragFrom === null) return `${label(item.ragTo)} (first rating)`;
  if (item.ragFrom === item.ragTo) return `${label(item.ragTo)} (unchanged)`;
  return `${label(item.ragFrom)} → ${label(item.ragTo)}`;
}

/** The line that opens the chase list: "No progress update since 12 November 2015:". */
export function chaseIntro(minutes: Pick<Minutes, 'chaseSince'>, locale: string = DEFAULT_LOCALE): string {
  return minutes.chaseSince ? `No progress update since ${formatDate(minutes.chaseSince, locale)}:` : 'No progress update recorded:';
}

/** "Red: 2 · Amber: 5 · Not rated: 44", or "No actions". */
export function ragSummaryText(counts: Record<RagKey, number>): string {
  const parts = RAG_KEYS.filter((k) => counts[k] > 0).map((k) => `${k === 'none' ? 'Not rated' : RAG_LABELS[k]}: ${counts[k]}`);
  return parts.join(' · ') || 'No actions';
}

type Drafted = Omit<MinutesItem, keyof ActionSummary | 'leadAbsent' | 'minute'>;

function discussedItem(action: Action, meetingId: string, cutoff: string, imported: string | null): Drafted {
  const inMeeting = action.ragHistory.filter((e) => e.meetingId === meetingId);
  const first = inMeeting.reduce<string | null>((min, e) => (min === null || e.at < min ? e.at : min), null);
  const byThen = action.updates.filter((u) => u.meetingId === meetingId || u.date <= cutoff);
  const ragFrom = first === null
    ? ragAtMeetingEnd(action, meetingId, cutoff)
    : ragWhere(action, (at, m) => m !== meetingId && at < first);
  return {
    updates: action.updates.filter((u) => u.meetingId === meetingId).map(({ author, date, text }) => ({ author, date, text })),
    ragFrom,
    ragTo: inMeeting.length === 0 ? null : ragWhere(action, (_at, m) => m === meetingId),
    // Later meetings' updates are not part of this meeting's record.
    position: currentPosition({ progress: action.progress, updates: byThen }, imported),
  };
}

/**
 * Drafts the minutes of a meeting from the plan: attendees, each action discussed with its updates and RAG
 * movement, deferred and lead-absent items, what was not reached, and the chase list.
 * Throws MeetingError 'meeting-not-found'.
 */
export function draftMinutes(plan: Plan, meetingId: string): Minutes {
  const meeting = requireMeeting(plan, meetingId);
  const progress = meetingProgress(plan, meetingId);
  const cutoff = meetingCutoff(plan, meeting);
  const placed = new Map(liveActions(plan).map((p) => [p.action.id, p]));
  const summaries = (ids: readonly string[]): ActionSummary[] => ids.map((id) => summarise(placed.get(id)!));
  const absent = new Set(markedActions(meeting, 'lead-absent'));
  const edited = meeting.minuteLines ?? {};
  const imported = importedAt(plan);
  const discussed = progress.discussed.map((id) => {
    const p = placed.get(id)!;
    const minute = edited[id] ? edited[id] : null;
    return { ...summarise(p), ...discussedItem(p.action, meetingId, cutoff, imported), leadAbsent: absent.has(id), minute };
  });
  const previous = previousMeeting(plan, meetingId);
  const agenda = progress.agenda.length > 0 ? [...progress.agenda, ...progress.offAgenda] : undefined;
  const ragCounts = emptyCounts();
  for (const p of placed.values()) ragCounts[ragAtMeetingEnd(p.action, meetingId, cutoff) ?? 'none']++;
  return {
    planId: plan.id,
    planTitle: plan.title,
    meetingId,
    date: meeting.date,
    title: meeting.title,
    facilitator: meeting.facilitator,
    state: meeting.state,
    notes: meeting.notes,
    attendees: meeting.attendees.map((a) => ({ name: a.name, organisation: a.organisation })),
    discussed,
    deferred: summaries(progress.deferred),
    leadAbsent: summaries(progress.leadAbsent),
    notReached: summaries(progress.remaining),
    chase: chaseList(plan, previous ? { meetingId: previous.id } : null, meeting.date, agenda ? { actionIds: agenda } : {}),
    chaseSince: previous?.date ?? null,
    ragCounts,
  };
}

