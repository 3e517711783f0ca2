import { newId } from '../ids';

/**
 * A working group's document syncs in a room of its own, named `group-<id>`. The relay's room ids and plan ids
 * share one alphabet, so the prefix (which the relay refuses for plans) keeps the two apart.
 */
export const GROUP_ROOM_PREFIX = 'group-';

const GROUP_ID = /^group-[A-Za-z0-9_-]{1,58}$/;

/** True when `value` names a working group (and so its room). */
export function isGroupId(value: string): boolean {
  return GROUP_ID.test(value);
}

/** A new working group id (its room id too). */
export function newGroupId(): string {
  return GROUP_ROOM_PREFIX + newId();
}
