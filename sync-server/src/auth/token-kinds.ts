import type { JWTPayload } from 'jose';
import { isRole, isValidRoomId, type Role } from '@concord/shared/protocol';
import { GROUP_LINK_KIND, GROUP_MEMBER_KIND, type GroupLinkClaims, type GroupMemberClaims } from './group-token-kinds';
import { REQUEST_KIND, type RequestClaims } from './request-token-kinds';

/** What every verified token carries, whatever its kind. */
export interface ClaimsBase {
  /** Unique id, for listing and revocation. */
  tokenId: string;
  /** Expiry in seconds since the epoch, or null for none. */
  expiresAt: number | null;
}

/** A plan's token: its holder may open that one plan (room) with `role`. The format of every link sent so far. */
export interface PlanClaims extends ClaimsBase {
  kind: 'plan';
  /** The plan (room) it grants. */
  planId: string;
  role: Role;
}

/**
 * What a verified token grants: one member of this union per kind. To add a kind, declare its claims (with a
 * literal `kind`), add them here, and give TOKEN_KINDS an entry; the relay then refuses it everywhere until the
 * kind's admission (Sharing) says what it may open.
 */
export type TokenClaims = PlanClaims | GroupMemberClaims | GroupLinkClaims | CreatorClaims | RequestClaims;

/**
 * An operator-issued "may create plans" token (`concord token --creator`): on a relay that listens beyond loopback,
 * creating a plan or a group needs one (or the create key). It opens no room.
 */
export interface CreatorClaims extends ClaimsBase {
  kind: 'creator';
}

export type TokenKindName = TokenClaims['kind'];
export type ClaimsOf<K extends TokenKindName> = Extract<TokenClaims, { kind: K }>;
/** What a token of kind K grants before it is signed (no id, no expiry yet). */
export type GrantOf<K extends TokenKindName> = Omit<ClaimsOf<K>, keyof ClaimsBase>;
/** A grant of any kind, as mintCapability takes it. */
export type TokenGrant = { [K in TokenKindName]: GrantOf<K> }[TokenKindName];

/**
 * How one kind of token is written into and read from a JWT. Each kind has its own audience, so a verifier can
 * never take a token of one kind for another, and a relay that does not know a kind refuses its tokens.
 */
export interface TokenKind<K extends TokenKindName> {
  audience: string;
  /** The JWT subject and the private claims that carry `grant` (never `kind`: the audience says it). */
  encode(grant: GrantOf<K>): { subject: string; claims: Record<string, unknown> };
  /** The grant a verified payload carries, or null when its claims are not this kind's. */
  decode(subject: string, payload: JWTPayload): GrantOf<K> | null;
}

/** Plan tokens keep the payload they always had ({sub: planId, role}, audience concord-plan): old links stay valid. */
const PLAN_KIND: TokenKind<'plan'> = {
  audience: 'concord-plan',
  encode: ({ planId, role }) => ({ subject: planId, claims: { role } }),
  decode: (subject, { role }) => (isRole(role) && isValidRoomId(subject) ? { kind: 'plan', planId: subject, role } : null),
};

const CREATOR_KIND: TokenKind<'creator'> = {
  audience: 'concord-creator',
  encode: () => ({ subject: 'creator', claims: {} }),
  decode: (subject) => (subject === 'creator' ? { kind: 'creator' } : null),
};

/** Every kind the relay signs and accepts. */
export const TOKEN_KINDS: { readonly [K in TokenKindName]: TokenKind<K> } = {
  plan: PLAN_KIND,
  'group-member': GROUP_MEMBER_KIND,
  'group-link': GROUP_LINK_KIND,
  request: REQUEST_KIND,
  creator: CREATOR_KIND,
};

/** The kind whose audience is `audience`, or null. */
export function kindOfAudience(audience: unknown): TokenKindName | null {
  const names = Object.keys(TOKEN_KINDS) as TokenKindName[];
  return names.find((name) => TOKEN_KINDS[name].audience === audience) ?? null;
}
