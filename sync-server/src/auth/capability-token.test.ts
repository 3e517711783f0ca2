import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { mintCapability, mintToken, parseLifetime, TokenError, verifyToken } from './capability-token';

const secret = new Uint8Array(32).fill(7);
const other = new Uint8Array(32).fill(8);

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return error instanceof TokenError ? error.reason : String(error);
  }
}

describe('capability tokens', () => {
  it('round-trips plan, role, id and expiry', async () => {
    const { token, claims } = await mintToken(secret, 'plan-1', 'viewer', 3600);
    expect(await verifyToken(secret, token)).toEqual(claims);
    expect(claims.expiresAt! - Date.now() / 1000).toBeGreaterThan(3590);
    const forever = await mintToken(secret, 'plan-1', 'owner');
    expect((await verifyToken(secret, forever.token)).expiresAt).toBeNull();
    expect(forever.claims.tokenId).not.toBe(claims.tokenId);
  });

  it('refuses another server\'s token, a tampered one, garbage and an expired one', async () => {
    const { token } = await mintToken(secret, 'plan-1', 'viewer');
    expect(await reasonOf(verifyToken(other, token))).toBe('bad-signature');
    const [head, body, sig] = token.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), role: 'owner' }));
    expect(await reasonOf(verifyToken(secret, `${head}.${promoted.toString('base64url')}.${sig}`))).toBe('bad-signature');
    expect(await reasonOf(verifyToken(secret, 'not-a-token'))).toBe('malformed');
    const expired = await mintToken(secret, 'plan-1', 'editor', -10);
    expect(await reasonOf(verifyToken(secret, expired.token))).toBe('expired');
  });

  // PROTOCOL R31
  it('keeps the plan token payload every link sent so far carries: {sub, role, jti, iat}, audience concord-plan', async () => {
    const { token } = await mintToken(secret, 'plan-1', 'editor');
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['aud', 'iat', 'jti', 'role', 'sub']);
    expect(payload).toMatchObject({ aud: 'concord-plan', sub: 'plan-1', role: 'editor' });
    // A link signed before kinds existed, written out by hand the old way, still verifies as a plan token.
    const old = await new SignJWT({ role: 'viewer' }).setProtectedHeader({ alg: 'HS256' }).setSubject('plan-9').setJti('t-old')
      .setAudience('concord-plan').setIssuedAt().sign(secret);
    expect(await verifyToken(secret, old)).toEqual({ kind: 'plan', planId: 'plan-9', role: 'viewer', tokenId: 't-old', expiresAt: null });
  });

  // PROTOCOL R31
  it('round-trips every kind, and never takes one kind for another', async () => {
    const member = await mintCapability(secret, { kind: 'group-member', groupId: 'group-a', memberId: 'm-1', role: 'editor' });
    const link = await mintCapability(secret, { kind: 'group-link', groupId: 'group-a', role: 'viewer' }, 60);
    expect(await verifyToken(secret, member.token)).toEqual(member.claims);
    expect(member.claims).toMatchObject({ kind: 'group-member', groupId: 'group-a', memberId: 'm-1', role: 'editor' });
    expect(await verifyToken(secret, link.token)).toEqual(link.claims);
    expect(link.claims.kind).toBe('group-link');
    // A link's payload relabelled as a member token fails on its signature; an unknown audience is malformed.
    const [head, body, sig] = link.token.split('.');
    const relabelled = { ...JSON.parse(Buffer.from(body!, 'base64url').toString()), aud: 'concord-group-member', member: 'm-2' };
    expect(await reasonOf(verifyToken(secret, `${head}.${Buffer.from(JSON.stringify(relabelled)).toString('base64url')}.${sig}`))).toBe('bad-signature');
    const stranger = await new SignJWT({ role: 'owner' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setJti('t')
      .setAudience('concord-something-else').sign(secret);
    expect(await reasonOf(verifyToken(secret, stranger))).toBe('malformed');
  });

  // PROTOCOL R31
  it('refuses a correctly signed token whose kind-specific claims are missing or malformed', async () => {
    const sign = (claims: Record<string, unknown>, aud: string, sub = 'group-a') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setJti('t').setAudience(aud).sign(secret);
    expect(await reasonOf(verifyToken(secret, await sign({ role: 'editor' }, 'concord-group-member')))).toBe('malformed');
    expect(await reasonOf(verifyToken(secret, await sign({ role: 'editor', member: 'a b' }, 'concord-group-member')))).toBe('malformed');
    expect(await reasonOf(verifyToken(secret, await sign({ role: 'admin' }, 'concord-group-link')))).toBe('malformed');
    expect(await reasonOf(verifyToken(secret, await sign({ role: 'editor' }, 'concord-plan', 'bad id')))).toBe('malformed');
  });

  it('parses lifetimes and rejects anything else', () => {
    expect([parseLifetime('30d'), parseLifetime('12h'), parseLifetime('90m'), parseLifetime('5s')]).toEqual([2_592_000, 43_200, 5400, 5]);
    expect([parseLifetime('0d'), parseLifetime('3w'), parseLifetime('-1d'), parseLifetime('')]).toEqual([null, null, null, null]);
  });
});
