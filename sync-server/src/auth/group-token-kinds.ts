import { isRole, isValidRoomId, type Role } from '@concord/shared/protocol';
import type { ClaimsBase, TokenKind } from './token-kinds';

/**
 * A working group member's token: its holder (member `memberId`) may open the group's own document and every plan
 * the relay's group registry lists for the group, with `role`, for as long as the member is not revoked.
 */
export interface GroupMemberClaims extends ClaimsBase {
  kind: 'group-member';
  groupId: string;
  memberId: string;
  role: Role;
}

/**
 * A working group's invite link (one per role): opens nothing itself; its holder exchanges it once for a member
 * token, becoming a member with the link's role.
 */
export interface GroupLinkClaims extends ClaimsBase {
  kind: 'group-link';
  groupId: string;
  role: Role;
}

/** Member ids are minted by the relay (random UUIDs) but are checked like room ids: short, URL- and SQL-safe. */
const MEMBER_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const GROUP_MEMBER_KIND: TokenKind<'group-member'> = {
  audience: 'concord-group-member',
  encode: ({ groupId, memberId, role }) => ({ subject: groupId, claims: { role, member: memberId } }),
  decode(subject, { role, member }) {
    if (!isRole(role) || !isValidRoomId(subject) || typeof member !== 'string' || !MEMBER_ID.test(member)) return null;
    return { kind: 'group-member', groupId: subject, memberId: member, role };
  },
};

export const GROUP_LINK_KIND: TokenKind<'group-link'> = {
  audience: 'concord-group-link',
  encode: ({ groupId, role }) => ({ subject: groupId, claims: { role } }),
  decode: (subject, { role }) => (isRole(role) && isValidRoomId(subject) ? { kind: 'group-link', groupId: subject, role } : null),
};
