import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from '@concord/shared/protocol';
import { kindOfAudience, TOKEN_KINDS, type ClaimsOf, type GrantOf, type TokenClaims, type TokenGrant, type TokenKind, type TokenKindName } from './token-kinds';

export type { ClaimsOf, GrantOf, PlanClaims, TokenClaims, TokenGrant, TokenKindName } from './token-kinds';

/** Why a token was not accepted. */
export type TokenErrorReason = 'malformed' | 'bad-signature' | 'expired';

/** A token that cannot be trusted, with a machine-readable reason. */
export class TokenError extends Error {
  constructor(readonly reason: TokenErrorReason) {
    super(`capability token ${reason}`);
    this.name = 'TokenError';
  }
}

const ALGORITHM = 'HS256';
const AUDIENCES = Object.values(TOKEN_KINDS).map((kind) => kind.audience);

/**
 * Signs a capability token of any kind (see TOKEN_KINDS). `expiresInSeconds` null means it never expires; its lifetime
 * starts at `clock()` (ms since the epoch; a test passes a clock in the past to get a token that has run out).
 * Returns the compact JWT and its claims (including the fresh token id).
 */
export async function mintCapability<G extends TokenGrant>(
  secret: Uint8Array,
  grant: G,
  expiresInSeconds: number | null = null,
  clock: () => number = Date.now,
): Promise<{ token: string; claims: ClaimsOf<G['kind']> }> {
  const tokenId = randomUUID();
  const now = Math.floor(clock() / 1000);
  const expiresAt = expiresInSeconds === null ? null : now + expiresInSeconds;
  const kind = TOKEN_KINDS[grant.kind] as unknown as TokenKind<G['kind']>;
  const { subject, claims } = kind.encode(grant as unknown as GrantOf<G['kind']>);
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: ALGORITHM }).setSubject(subject).setJti(tokenId);
  jwt = jwt.setAudience(kind.audience).setIssuedAt(now);
  if (expiresAt !== null) jwt = jwt.setExpirationTime(expiresAt);
  return { token: await jwt.sign(secret), claims: { ...grant, tokenId, expiresAt } as unknown as ClaimsOf<G['kind']> };
}

/** Signs a plan token for `planId` with `role` (mintCapability for the plan kind). */
export function mintToken(secret: Uint8Array, planId: string, role: Role, expiresInSeconds: number | null = null, clock: () => number = Date.now) {
  return mintCapability(secret, { kind: 'plan', planId, role }, expiresInSeconds, clock);
}

/**
 * Verifies signature, audience (one of the known kinds) and expiry, then reads the kind's claims; throws
 * TokenError. Does not consult revocations.
 */
export async function verifyToken(secret: Uint8Array, token: string): Promise<TokenClaims> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, secret, { algorithms: [ALGORITHM], audience: AUDIENCES }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new TokenError('expired');
    if (error instanceof errors.JWSSignatureVerificationFailed) throw new TokenError('bad-signature');
    throw new TokenError('malformed');
  }
  const { sub, jti, exp, aud } = payload;
  const name: TokenKindName | null = kindOfAudience(Array.isArray(aud) && aud.length === 1 ? aud[0] : aud);
  if (name === null || typeof sub !== 'string' || typeof jti !== 'string') throw new TokenError('malformed');
  const grant = (TOKEN_KINDS[name] as TokenKind<TokenKindName>).decode(sub, payload);
  if (grant === null) throw new TokenError('malformed');
  return { ...grant, tokenId: jti, expiresAt: exp ?? null } as TokenClaims;
}

/**
 * Parses a lifetime like `30d`, `12h`, `90m` or `3600s` into seconds; null when it is not one.
 */
export function parseLifetime(text: string): number | null {
  const match = /^(\d{1,6})([smhd])$/.exec(text.trim());
  if (!match) return null;
  const n = Number(match[1]);
  const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  return n > 0 ? n * unit : null;
}
