import { nanoid } from 'nanoid';

/** A new url-safe random id (nanoid, 21 chars) for plans, sections, groups, actions, updates and meetings. */
export function newId(): string {
  return nanoid();
}
