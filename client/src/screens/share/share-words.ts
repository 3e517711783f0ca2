import type { SharingReason } from '../../data/sharing';

/** Sharing failures in words. */
export const SHARING_ERRORS: Record<SharingReason, string> = {
  offline: 'The server cannot be reached. Sharing needs a connection; try again when you are online.',
  'plan-exists': 'The server already has this plan under another owner.',
  unauthorised: 'The server did not accept this device as the plan’s owner.',
  forbidden: 'This device is no longer allowed to manage sharing for this plan.',
  'not-found': 'That link no longer exists (it may already be revoked).',
  'bad-request': 'The server did not understand the request.',
  'invalid-plan': 'The server cannot hold a plan with this plan’s address.',
  'method-not-allowed': 'The server does not offer this kind of request; it may run a different version.',
  'too-large': 'The request was larger than the server accepts.',
  'storage-full': 'The server is full and takes no new plans for now. The plan stays on this device; ask whoever runs the server.',
  'unsupported-media-type': 'The server did not accept the request’s format; it may run a different version.',
  'origin-not-allowed': 'The server does not accept requests from this web address. Open Concord at the server’s own address.',
  'create-key-required': 'This server only lets holders of its key put plans on it.',
  'server-error': 'The server had a problem. Try again in a moment.',
  'invalid-group': 'The server cannot hold a working group with this address.',
  'invalid-member': 'Give a name (up to 200 characters); an email address, if any, must look like one.',
  'link-revoked': 'This invite link has been withdrawn. Ask the group’s owner for a new one.',
  'not-plan-owner': 'Only the plan’s owner can add it to a group, from a device that holds its owner link.',
  'group-exists': 'A working group with this address is already on the server. Try again.',
  'invalid-request': 'The server cannot hold an update request with this address.',
};

export const ROLE_WORDS = {
  owner: 'Owner',
  editor: 'Can edit',
  viewer: 'View only',
} as const;

/** Lifetimes the owner can pick, as the server's `expiresIn` values. */
export const EXPIRY_CHOICES = [
  { value: '', label: 'Never' },
  { value: '1d', label: '1 day' },
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
  { value: '90d', label: '90 days' },
] as const;

/** The link another device opens to join: the token stays in the hash, so it never reaches a server log. */
export function inviteLink(planId: string, token: string): string {
  return `${location.origin}${location.pathname}#/join/${planId}/${token}`;
}
