import type { GroupReason } from '../../data/groups';

/** What went wrong with a working group request, in words (the data layer gives a reason). */
export const GROUP_REASON_WORDS: Record<GroupReason, string> = {
  offline: 'The server cannot be reached. Working groups need the server: try again when this device is online.',
  unauthorised: 'The server did not accept this device’s membership. Ask the group’s owner for a new link.',
  forbidden: 'Only the group’s owners can do that.',
  'not-found': 'The group or the item is not on the server (it may have been removed already).',
  'bad-request': 'The server could not read that request.',
  'invalid-member': 'Give a name (up to 200 characters); an email address, if any, must look like one.',
  'link-revoked': 'This invite link has been withdrawn. Ask the group’s owner for a new one.',
  'not-plan-owner': 'Only the plan’s owner can add it to a group, from a device that holds its owner link.',
  'group-exists': 'A group with that id already exists on the server. Try again.',
  'create-key-required': 'This server only lets people with its key create working groups.',
  'not-registered': 'The plan is not on the server yet. Connect this device and try again.',
  'server-error': 'The server failed to answer. Try again in a moment.',
};

/** The words for an error thrown by a working group action. */
export function groupErrorText(error: unknown): string {
  const reason = (error as { reason?: GroupReason } | null)?.reason;
  return reason && reason in GROUP_REASON_WORDS ? GROUP_REASON_WORDS[reason] : 'That did not work. Try again.';
}

export const ROLE_WORDS = { owner: 'Owner', editor: 'Can edit', viewer: 'View only' } as const;
