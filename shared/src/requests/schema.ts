/**
 * The update request document's schema: every Y key name lives here and nowhere else.
 *
 * Layout of one request Y.Doc (its room is the request id, `request-…`), one per lead per round:
 *   request    Y.Map  id, schemaVersion, planId, roundId, title, due, leadId, leadName, closed
 *   actions    Y.Map<actionId, Y.Map>  planId, order, ref, text, timescale, progress, lastUpdate, rag
 *   responses  Y.Map<actionId, Y.Map>  update (Y.Text), proposedRag, openedAt, startedAt, submittedAt
 *   review     Y.Map<actionId, Y.Map>  acceptedAt, acceptedBy, updateId
 * `request`, `actions` and `review` are written by the facilitator's device (a plan owner or editor). The lead's
 * link may write `responses` only, and only under the ids of the actions `actions` holds: the relay enforces this
 * on every update from a request token (see `outsideLeadScope`).
 */

/** Bump when the layout changes incompatibly; writers refuse docs newer than they know. */
export const REQUEST_SCHEMA_VERSION = 1 as const;

export const REQUEST_ROOT = {
  request: 'request',
  actions: 'actions',
  responses: 'responses',
  review: 'review',
} as const;

/** The only root a lead's link may write to. */
export const LEAD_WRITABLE_ROOT = REQUEST_ROOT.responses;

export const REQUEST_KEY = {
  id: 'id',
  schemaVersion: 'schemaVersion',
  planId: 'planId',
  roundId: 'roundId',
  title: 'title',
  due: 'due',
  leadId: 'leadId',
  leadName: 'leadName',
  closed: 'closed',
} as const;

export const COPY_KEY = {
  planId: 'planId',
  order: 'order',
  ref: 'ref',
  text: 'text',
  timescale: 'timescale',
  progress: 'progress',
  /** JSON text of the action's last progress update ({date, author, text}) or null. */
  lastUpdate: 'lastUpdate',
  rag: 'rag',
} as const;

export const RESPONSE_KEY = {
  update: 'update',
  proposedRag: 'proposedRag',
  openedAt: 'openedAt',
  startedAt: 'startedAt',
  submittedAt: 'submittedAt',
} as const;

export const REVIEW_KEY = {
  acceptedAt: 'acceptedAt',
  acceptedBy: 'acceptedBy',
  updateId: 'updateId',
} as const;
