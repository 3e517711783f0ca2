// Two leads rated one action differently while offline: both ratings stay visible until the meeting chooses.
import { planFromDoc, ragConflict, setRag, type PlanDoc } from '../model';
import type { Plan, Rag, RagEntry } from '../plan-json';
import { liveActions, requireAction, requireLiveMeeting } from './plan-walk';

/**
 * The latest differing ratings (who, when, rating) the facilitator must choose between, oldest first; [] when
 * the ratings agree. Same rule as the model's ragConflict. Throws MeetingError 'action-not-found'.
 */
export function ratingsToConfirm(plan: Plan, actionId: string): RagEntry[] {
  return ragConflict(requireAction(plan, actionId).ragHistory);
}

/** The ids of live actions whose ratings need confirming, in plan order. */
export function actionsToConfirm(plan: Plan): string[] {
  return liveActions(plan)
    .filter((p) => ragConflict(p.action.ragHistory).length > 0)
    .map((p) => p.action.id);
}

/** One millisecond after an ISO date-time (the stamp itself when it does not parse). */
function justAfter(at: string): string {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : new Date(ms + 1).toISOString();
}

/**
 * Records the rating the meeting chose: a new entry in the meeting (nothing is overwritten), so the conflict
 * resolves. Stamped `at` (default now), but never before the entries it settles, so a lead's clock running fast
 * cannot outvote the meeting. Throws MeetingError 'meeting-not-found', 'not-live' or 'action-not-found'.
 */
export function confirmRating(doc: PlanDoc, meetingId: string, actionId: string, rag: Rag, who: string, at?: string): void {
  const plan = planFromDoc(doc);
  requireLiveMeeting(plan, meetingId);
  const history = requireAction(plan, actionId).ragHistory;
  let stamp = at ?? new Date().toISOString();
  for (const entry of history) if (entry.at >= stamp) stamp = justAfter(entry.at);
  setRag(doc, actionId, rag, { by: who, meetingId, at: stamp });
}
