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
  'presence-too-large': 'this device sent more presence details than the server accepts',
  'unknown-message': 'this device sent a message the server does not know (one of them may need updating)',
  'client-outdated': 'this copy of Concord is older than the server accepts',
  'relay-outdated': 'the server runs an older version of Concord than this app',
  'out-of-scope': 'this link may only send updates on its own actions',
};

/** What the person can do about a refusal, when it is not the usual (a new invite link from the plan's owner). */
const ADVICE: Partial<Record<RefusalReason, string>> = {
  'client-outdated': 'Update Concord to sync again.',
  'relay-outdated': 'It syncs again once whoever runs the server updates it; there is nothing to do on this device.',
};

/** The advice that ends a refusal notice. */
export function refusalAdvice(reason: string | null): string {
  const specific = reason !== null && Object.hasOwn(ADVICE, reason) ? ADVICE[reason as RefusalReason] : undefined;
  return specific ?? 'Ask the plan’s owner for a new invite link to sync again.';
}

/** True when updating this app is what lifts the refusal. */
export function isUpdateRefusal(reason: string | null): boolean {
  return reason === 'client-outdated';
}

/**
 * Refusals that mean this device's access to the plan was withdrawn (a revoked or expired link, a removed member):
 * its copy stays on the device, read-only, to read and export. Other refusals (an outdated app, a change too large)
 * leave the person's access as it was.
 */
const ACCESS_WITHDRAWN: ReadonlySet<string> = new Set<RefusalReason>(['revoked', 'token-expired', 'forbidden']);

/** True when the server refused this device because its access to the plan was withdrawn. */
export function isAccessWithdrawn(reason: string | null | undefined): boolean {
  return reason != null && ACCESS_WITHDRAWN.has(reason);
}

/** Words for a refusal reason as stored (a close code's digits when the server gave no reason, or a newer reason). */
export function refusalWords(reason: string | null): string {
  return reason !== null && Object.hasOwn(REFUSALS, reason) ? REFUSALS[reason as RefusalReason] : 'reason unknown';
}
