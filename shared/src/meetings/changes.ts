// What changed since a date or a meeting: the "since last time" view and the basis of the next agenda.
import type { Plan, ProgressUpdate, Rag } from '../plan-json';
import { liveActions, summarise, type ActionSummary } from './plan-walk';
import { isOverdue, isSince, latestRagEntry, ragWhere, resolveSince, updatedSince, type Since, type SinceSpec } from './since';

export interface RagMovement extends ActionSummary {
  /** The rating as it stood at `since` (null: not rated then). */
  from: Rag | null;
  to: Rag;
  /** The entry that set the current rating. */
  by: string;
  at: string;
}

export interface NewUpdate extends ActionSummary {
  update: ProgressUpdate;
}

export interface Changes {
  since: Since;
  today: string;
  /** Actions whose rating now differs from their rating at `since`, in plan order. */
  ragMovements: RagMovement[];
  /** Updates made since, in plan order then update order. */
  newUpdates: NewUpdate[];
  /** Live actions, not Blue, with no update since. */
  noUpdate: ActionSummary[];
  /** Due date passed and not Blue. */
  overdue: ActionSummary[];
}

/**
 * Changes since a date (that day included), since a meeting (after what it captured; entries recorded in it are
 * not "since"), or since the start (null). Throws MeetingError 'meeting-not-found' for an unknown meeting.
 */
export function changesSince(plan: Plan, since: SinceSpec, today: string): Changes {
  const resolved = resolveSince(plan, since);
  const out: Changes = { since: resolved, today, ragMovements: [], newUpdates: [], noUpdate: [], overdue: [] };
  for (const placed of liveActions(plan)) {
    const { action } = placed;
    const summary = summarise(placed);
    const latest = latestRagEntry(action.ragHistory);
    const from = ragWhere(action, (at, meetingId) => !isSince(at, meetingId, resolved));
    if (action.rag !== null && latest && from !== action.rag) {
      out.ragMovements.push({ ...summary, from, to: action.rag, by: latest.by, at: latest.at });
    }
    for (const update of action.updates) {
      if (isSince(update.date, update.meetingId, resolved)) out.newUpdates.push({ ...summary, update });
    }
    if (action.rag !== 'blue' && !updatedSince(action, resolved)) out.noUpdate.push(summary);
    if (isOverdue(action, today)) out.overdue.push(summary);
  }
  return out;
}
