import type { LegendEntry, MeetingState, Rag } from '@concord/shared/plan-json';
import type { MeetingError } from '@concord/shared';

export const MEETING_STATE_WORDS: Record<MeetingState, string> = {
  planned: 'Planned',
  live: 'In progress',
  ended: 'Ended',
};

const REASON_WORDS: Record<MeetingError['reason'], string> = {
  'meeting-not-found': 'That meeting is not in this plan.',
  'action-not-found': 'That action is no longer in this plan.',
  'section-not-found': 'That section is no longer in this plan.',
  'not-live': 'The meeting is not in progress, so nothing can be recorded in it.',
  ended: 'This meeting has ended.',
  'not-ended': 'Only an ended meeting can be reopened.',
  'empty-update': 'Write some text before saving the update.',
};

/** Words for a refused meeting action; anything unexpected is shown as it came. */
export function meetingErrorText(error: unknown): string {
  const reason = (error as { reason?: unknown }).reason;
  if (typeof reason === 'string' && reason in REASON_WORDS) return REASON_WORDS[reason as MeetingError['reason']];
  return error instanceof Error ? error.message : String(error);
}

/** Used when a plan carries no RAG key of its own (many do not): the usual Concordat reading. */
const DEFAULT_MEANINGS: Record<Rag, string> = {
  red: 'Not started or significantly off track: needs action now.',
  amber: 'Under way, with some delay or risk to delivery.',
  green: 'On track to be delivered by the timescale.',
  blue: 'Complete.',
};

/** The plan's own definition of a rating, or the default one, and where it came from. */
export function ragMeaning(legend: readonly LegendEntry[], rag: Rag): { meaning: string; fromPlan: boolean } {
  const own = legend.find((l) => l.rag === rag)?.meaning.trim();
  return own ? { meaning: own, fromPlan: true } : { meaning: DEFAULT_MEANINGS[rag], fromPlan: false };
}
