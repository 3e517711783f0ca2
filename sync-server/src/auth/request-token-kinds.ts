import { isRequestId, isValidRoomId } from '@concord/shared/protocol';
import type { ClaimsBase, TokenKind } from './token-kinds';

/**
 * A lead's update request link: its holder may open exactly one request room (`request-…`), and may write only the
 * responses area of the actions it holds (the relay checks every update). `planId` and `roundId` are signed in so
 * the relay knows, without reading any document, whose round the link belongs to; closing the round revokes it.
 */
export interface RequestClaims extends ClaimsBase {
  kind: 'request';
  requestId: string;
  planId: string;
  roundId: string;
}

export const REQUEST_KIND: TokenKind<'request'> = {
  audience: 'concord-request',
  encode: ({ requestId, planId, roundId }) => ({ subject: requestId, claims: { plan: planId, round: roundId } }),
  decode(subject, { plan, round }) {
    if (!isRequestId(subject) || typeof plan !== 'string' || !isValidRoomId(plan) || typeof round !== 'string' || !isValidRoomId(round)) return null;
    return { kind: 'request', requestId: subject, planId: plan, roundId: round };
  },
};

/** The label a request token is recorded under in the plan's token registry: its round and its room. */
export function requestLabel(roundId: string, requestId: string): string {
  return `${REQUEST_LABEL_PREFIX}${roundId}:${requestId}`;
}

export const REQUEST_LABEL_PREFIX = 'request:';

/** The round and request a recorded label names, or null for a label that is not a request token's. */
export function parseRequestLabel(label: string | null): { roundId: string; requestId: string } | null {
  if (label === null || !label.startsWith(REQUEST_LABEL_PREFIX)) return null;
  const [roundId, requestId] = label.slice(REQUEST_LABEL_PREFIX.length).split(':');
  return roundId !== undefined && requestId !== undefined && isRequestId(requestId) ? { roundId, requestId } : null;
}
