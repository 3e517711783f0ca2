import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { isRole, type Role } from '@concord/shared/protocol';

/** What a verified token grants. */
export interface TokenClaims {
  /** The plan (room) it grants. */
  planId: string;
  role: Role;
  /** Unique id, for listing and revocation. */
  tokenId: string;
  /** Expiry in seconds since the epoch, or null for none. */
  expiresAt: number | null;
}

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
const AUDIENCE = 'concord-plan';

/**
 * Signs a capability token for `planId` with `role`. `expiresInSeconds` null means it never expires.
 * Returns the compact JWT and its claims (including the fresh token id).
 */
export async function mintToken(
  secret: Uint8Array,
  planId: string,
  role: Role,
  expiresInSeconds: number | null = null,
): Promise<{ token: string; claims: TokenClaims }> {
  const tokenId = randomUUID();
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = expiresInSeconds === null ? null : now + expiresInSeconds;
  let jwt = new SignJWT({ role }).setProtectedHeader({ alg: ALGORITHM }).setSubject(planId).setJti(tokenId);
  jwt = jwt.setAudience(AUDIENCE).setIssuedAt(now);
  if (expiresAt !== null) jwt = jwt.setExpirationTime(expiresAt);
  return { token: await jwt.sign(secret), claims: { planId, role, tokenId, expiresAt } };
}

/** Verifies signature, audience and expiry; throws TokenError. Does not consult revocations. */
export async function verifyToken(secret: Uint8Array, token: string): Promise<TokenClaims> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, secret, { algorithms: [ALGORITHM], audience: AUDIENCE }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new TokenError('expired');
    if (error instanceof errors.JWSSignatureVerificationFailed) throw new TokenError('bad-signature');
    throw new TokenError('malformed');
  }
  const { sub, jti, role, exp } = payload;
  if (typeof sub !== 'string' || typeof jti !== 'string' || !isRole(role)) throw new TokenError('malformed');
  return { planId: sub, role, tokenId: jti, expiresAt: exp ?? null };
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
