import { addUpdate } from '../model/history';
import type { Origin, PlanDoc } from '../model/types';
import { RequestModelError } from './errors';
import { recordAccepted, requestFromDoc } from './request-doc';
import type { RequestAction, RequestDoc, RequestStatus, UpdateRequest } from './types';

/**
 * Accepts a lead's submitted update for one action: it is appended to the plan as that lead's dated progress update
 * (dated the day the lead submitted it), and the request records the acceptance so it is offered once. The
 * proposed RAG is not written: the plan keeps its rating until the meeting confirms one (see `proposedRatings`).
 * Returns the plan update's id. Throws 'not-found' / 'invalid' (nothing submitted, or already accepted).
 */
export function acceptResponse(
  plan: PlanDoc,
  request: RequestDoc,
  actionId: string,
  who: { by: string; at?: string },
  origin?: Origin,
): string {
  const read = requestFromDoc(request);
  if (read === null) throw new RequestModelError('not-initialised', 'the doc holds no update request');
  const action = read.actions.find((a) => a.id === actionId);
  if (action === undefined) throw new RequestModelError('not-found', `no action ${actionId} in this request`);
  if (action.review !== null) throw new RequestModelError('invalid', 'this update was already accepted', 'review');
  if (action.response.submittedAt === null || action.response.update.trim() === '') {
    throw new RequestModelError('invalid', 'the lead has not submitted an update for this action', 'response');
  }
  const updateId = addUpdate(plan, actionId, { date: action.response.submittedAt.slice(0, 10), author: read.lead.name, text: action.response.update.trim() }, origin);
  recordAccepted(request, actionId, { acceptedAt: who.at ?? new Date().toISOString(), acceptedBy: who.by, updateId }, origin);
  return updateId;
}

/** Where the lead is: submitted (anything submitted), started (anything written), opened, or not opened. */
export function requestStatus(request: UpdateRequest): RequestStatus {
  const responses = request.actions.map((a) => a.response);
  if (responses.some((r) => r.submittedAt !== null)) return 'submitted';
  if (responses.some((r) => r.startedAt !== null)) return 'started';
  if (responses.some((r) => r.openedAt !== null)) return 'opened';
  return 'not-opened';
}

/** The submitted responses still waiting for the facilitator's accept. */
export function awaitingAcceptance(request: UpdateRequest): RequestAction[] {
  return request.actions.filter((a) => a.response.submittedAt !== null && a.review === null && a.response.update.trim() !== '');
}

/** The proposed ratings a lead submitted, by action id, to show beside the current rating until a meeting confirms. */
export function proposedRatings(requests: readonly UpdateRequest[]): Map<string, { rag: NonNullable<RequestAction['rag']>; by: string }> {
  const proposed = new Map<string, { rag: NonNullable<RequestAction['rag']>; by: string }>();
  for (const request of requests) {
    for (const action of request.actions) {
      const { proposedRag, submittedAt } = action.response;
      if (proposedRag !== null && submittedAt !== null) proposed.set(action.id, { rag: proposedRag, by: request.lead.name });
    }
  }
  return proposed;
}

/** A lead's submitted update on one action, as the meeting walk-through shows it before anything else. */
export interface SubmittedUpdate {
  lead: string;
  text: string;
  proposedRag: RequestAction['rag'];
  submittedAt: string;
  accepted: boolean;
}

/** Each action's latest submitted update across `requests` (any round), by action id. */
export function submittedUpdates(requests: readonly UpdateRequest[]): Map<string, SubmittedUpdate> {
  const latest = new Map<string, SubmittedUpdate>();
  for (const request of requests) {
    for (const action of request.actions) {
      const { update, proposedRag, submittedAt } = action.response;
      if (submittedAt === null || (update.trim() === '' && proposedRag === null)) continue;
      const known = latest.get(action.id);
      if (known && known.submittedAt >= submittedAt) continue;
      latest.set(action.id, { lead: request.lead.name, text: update.trim(), proposedRag, submittedAt, accepted: action.review !== null });
    }
  }
  return latest;
}
