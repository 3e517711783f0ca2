// Public surface of update requests (shared/src/requests): one document per lead per round. docs/UPDATE-REQUESTS.md
// is the design. Only RequestDoc (a Y.Doc) is a Yjs type.
export { REQUEST_ROOM_PREFIX, isRequestId } from '../protocol/room';
export { REQUEST_SCHEMA_VERSION, REQUEST_ROOT, LEAD_WRITABLE_ROOT } from './schema';
export { RequestModelError, REQUEST_ERROR_REASONS, type RequestErrorReason } from './errors';
export {
  REQUEST_STATUSES,
  type RequestDoc,
  type RequestInit,
  type RequestActionCopy,
  type RequestResponse,
  type RequestReview,
  type RequestAction,
  type RequestStatus,
  type UpdateRequest,
} from './types';
export {
  initRequest,
  closeRequest,
  isRequestDoc,
  markOpened,
  writeDraft,
  proposeRag,
  submitRequest,
  recordAccepted,
  requestFromDoc,
  hasContent,
} from './request-doc';
export { leadScopeViolation, type ScopeViolation } from './lead-scope';
export { planRound, newRequestId, copyOf, type RoundInput } from './round';
export { acceptResponse, requestStatus, awaitingAcceptance, proposedRatings, submittedUpdates, type SubmittedUpdate } from './accept';
export { requestReminder } from './chase';
