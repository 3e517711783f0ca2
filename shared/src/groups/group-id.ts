import { newId } from '../ids';
import { GROUP_ROOM_PREFIX } from '../protocol/room';

// The group id's form is part of the wire contract (shared/src/protocol/room.ts): the relay keeps group rooms apart.
export { GROUP_ROOM_PREFIX, isGroupId } from '../protocol/room';

/** A new working group id (its room id too). */
export function newGroupId(): string {
  return GROUP_ROOM_PREFIX + newId();
}
