import type { Role } from '../sync/admit';

/** The roles a token may carry. */
export const ROLES = ['owner', 'editor', 'viewer'] as const satisfies readonly Role[];

/** True when `value` is one of the roles. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
