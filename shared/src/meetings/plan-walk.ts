// Reading a Plan JSON the way every meetings function needs it: live actions in plan order, found by id.
import { RAGS, type Action, type Group, type Meeting, type Plan, type Rag, type Section } from '../plan-json';
import { MeetingError } from './errors';
import { sectionHeading } from '../section-heading';
import { resolvedLeadNames, type LeadDirectory } from '../leads/lead-directory';

/** A rating, or 'none' for an action nobody has rated: the keys of every RAG count. */
export type RagKey = Rag | 'none';
export const RAG_KEYS: readonly RagKey[] = [...RAGS, 'none'];

/** An action with the section and group it sits in. */
export interface PlacedAction {
  action: Action;
  section: Section;
  group: Group;
}

const live = (o: object): boolean => (o as { archived?: unknown }).archived !== true;

/** Every action not archived (nor in an archived group or section), in plan order. */
export function liveActions(plan: Plan): PlacedAction[] {
  const out: PlacedAction[] = [];
  for (const section of plan.sections.filter(live)) {
    for (const group of section.groups.filter(live)) {
      for (const action of group.actions.filter(live)) out.push({ action, section, group });
    }
  }
  return out;
}

/** Any action of the plan, archived or not; throws MeetingError 'action-not-found'. */
export function requireAction(plan: Plan, actionId: string): Action {
  for (const section of plan.sections) {
    for (const group of section.groups) {
      const found = group.actions.find((a) => a.id === actionId);
      if (found) return found;
    }
  }
  throw new MeetingError('action-not-found', `no action ${actionId}`);
}

/** The meeting `meetingId`; throws MeetingError 'meeting-not-found'. */
export function requireMeeting(plan: Plan, meetingId: string): Meeting {
  const meeting = plan.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new MeetingError('meeting-not-found', `no meeting ${meetingId}`);
  return meeting;
}

/** The meeting `meetingId`, which must be live: capture happens only in a live meeting. */
export function requireLiveMeeting(plan: Plan, meetingId: string): Meeting {
  const meeting = requireMeeting(plan, meetingId);
  if (meeting.state !== 'live') throw new MeetingError('not-live', `meeting ${meetingId} is ${meeting.state}`);
  return meeting;
}

/** Zeroed counts for every RAG key. */
export function emptyCounts(): Record<RagKey, number> {
  return Object.fromEntries(RAG_KEYS.map((k) => [k, 0])) as Record<RagKey, number>;
}

/** "1. Commissioning" or just the title when the section has no number. */
export function sectionLabel(section: Section): string {
  return sectionHeading(section);
}

/**
 * The leads to chase for an action. Plans list partners as "Working with: ..." next to the leads; those are not
 * chased unless they are all an action has. '' stands for an action with no lead at all. With the plan's lead
 * directory, each lead is named as its entry is, so aliases a person merged ("CCGs", "All CCGs") are one lead.
 */
export function chaseLeads(action: Action, directory?: LeadDirectory): string[] {
  const leads = action.leads.map((l) => l.trim()).filter((l) => l !== '');
  const own = leads.filter((l) => !/^working with\b/i.test(l));
  const chosen = own.length > 0 ? own : leads;
  if (chosen.length === 0) return [''];
  return directory ? resolvedLeadNames(directory, chosen) : chosen;
}

/** What lists, minutes and emails show of an action. */
export interface ActionSummary {
  actionId: string;
  ref: string | null;
  text: string;
  leads: string[];
  due: string | null;
  rag: Rag | null;
  sectionId: string;
  /** e.g. "3. Urgent and emergency access to crisis care". */
  section: string;
}

/** The summary of a placed action. */
export function summarise({ action, section }: PlacedAction): ActionSummary {
  return {
    actionId: action.id,
    ref: action.ref,
    text: action.text,
    leads: [...action.leads],
    due: action.due,
    rag: action.rag,
    sectionId: section.id,
    section: sectionLabel(section),
  };
}
