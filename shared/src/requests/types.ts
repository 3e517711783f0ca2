import type * as Y from 'yjs';
import type { Rag } from '../plan-json';

/** An update request's Y.Doc. Opaque outside shared/ and client/src/data: pass it to the request functions. */
export type RequestDoc = Y.Doc;

/** What a lead sees of one of their actions: a copy made when the round went out (never the plan itself). */
export interface RequestActionCopy {
  id: string;
  planId: string;
  ref: string | null;
  text: string;
  timescale: string;
  progress: string;
  lastUpdate: { date: string; author: string; text: string } | null;
  rag: Rag | null;
}

/** What the lead wrote for one action. Times are ISO strings, null until they happen. */
export interface RequestResponse {
  update: string;
  proposedRag: Rag | null;
  openedAt: string | null;
  startedAt: string | null;
  submittedAt: string | null;
}

/** The facilitator's acceptance of one action's response (written into the plan as the lead's dated update). */
export interface RequestReview {
  acceptedAt: string;
  acceptedBy: string;
  updateId: string;
}

export interface RequestAction extends RequestActionCopy {
  response: RequestResponse;
  review: RequestReview | null;
}

/** One lead's update request, as read from its doc. */
export interface UpdateRequest {
  id: string;
  planId: string;
  roundId: string;
  /** e.g. "Before the March meeting". */
  title: string;
  /** YYYY-MM-DD */
  due: string;
  lead: { id: string; name: string };
  closed: boolean;
  actions: RequestAction[];
}

/** Where a lead is with their request, as the facilitator's list shows it. */
export const REQUEST_STATUSES = ['not-opened', 'opened', 'started', 'submitted'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** What creating a request needs. */
export interface RequestInit {
  id: string;
  planId: string;
  roundId: string;
  title: string;
  due: string;
  lead: { id: string; name: string };
  actions: RequestActionCopy[];
}
