import { describe, expect, it } from 'vitest';
import { mintToken, parseLifetime, TokenError, verifyToken } from './capability-token';

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

  it('parses lifetimes and rejects anything else', () => {
    expect([parseLifetime('30d'), parseLifetime('12h'), parseLifetime('90m'), parseLifetime('5s')]).toEqual([2_592_000, 43_200, 5400, 5]);
    expect([parseLifetime('0d'), parseLifetime('3w'), parseLifetime('-1d'), parseLifetime('')]).toEqual([null, null, null, null]);
  });
});
