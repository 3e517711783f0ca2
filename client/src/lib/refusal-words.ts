import type { RefusalReason } from '@concord/shared/protocol';

/**
 * Why the server refused a plan's connection, as a phrase completing "The server refused this plan: …". Complete by
 * type: a reason the relay starts sending with a refusal code does not compile until it has words here.
 */
export const REFUSALS: Record<RefusalReason, string> = {
  unauthorised: 'you need an invite link to open it',
  'token-expired': 'your invite link has expired',
  forbidden: 'your access has been withdrawn',
  revoked: 'your invite link has been revoked',
  'invalid-room': 'the link is not a valid plan address',
  'message-too-large': 'a change was too large to send',
  'origin-not-allowed': 'this app’s address is not allowed by the server',
  'document-too-large': 'the plan has grown larger than the server allows',
  'malformed-message': 'this device sent a message the server could not read',
  'malformed-update': 'this device sent a change the server could not read',
  'malformed-awareness': 'this device sent presence details the server could not read',
  'unknown-message': 'this device sent a message the server does not know (one of them may need updating)',
};

/** Words for a refusal reason as stored (a close code's digits when the server gave no reason, or a newer reason). */
export function refusalWords(reason: string | null): string {
  return reason !== null && Object.hasOwn(REFUSALS, reason) ? REFUSALS[reason as RefusalReason] : 'reason unknown';
}
