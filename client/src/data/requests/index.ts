// Update requests, for the UI: a lead's request doc behind a hook and its few writes, and the facilitator's rounds.
// Import lazily (it loads Yjs).
export { useRequest, type UseRequest } from './use-request';
export type { RequestHandle, RequestSyncState } from './request-replica';
export { useRounds, useSubmittedUpdates, type RoundView, type RoundRequest } from './use-rounds';
export { createRound, closeRound, acceptInto } from './round-actions';
