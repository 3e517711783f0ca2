import type { GroupReason } from '../../data/groups';
import { SHARING_ERRORS } from '../share/share-words';

/** What went wrong with a working group request, in words (the data layer gives a reason). */
export const GROUP_REASON_WORDS: Record<GroupReason, string> = {
  ...SHARING_ERRORS,
  offline: 'The server cannot be reached. Working groups need the server: try again when this device is online.',
  unauthorised: 'The server did not accept this device’s membership. Ask the group’s owner for a new link.',
  forbidden: 'Only the group’s owners can do that.',
  'not-found': 'The group or the item is not on the server (it may have been removed already).',
  'not-registered': 'The plan is not on the server yet. Connect this device and try again.',
};

/** The words for an error thrown by a working group action. */
export function groupErrorText(error: unknown): string {
  const reason = (error as { reason?: GroupReason } | null)?.reason;
  return reason && reason in GROUP_REASON_WORDS ? GROUP_REASON_WORDS[reason] : 'That did not work. Try again.';
}

export { ROLE_WORDS } from '../share/share-words';
