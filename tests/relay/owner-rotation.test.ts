/**
 * Owner tokens never expire, so an owner can rotate one: `POST /api/plans/:id/rotate` with the owner token answers a
 * new owner token and revokes the old one, whose live connections close with 4403 revoked; the new one syncs and
 * manages sharing.
 */
import { describe, expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { openRaw, postJson, waitFor } from './clients';
import { relayHarness } from './harness';

const harness = relayHarness();
const post = (url: string, path: string, bearer: string | null, body: unknown) => postJson(url, path, body, bearer);

describe('owner token rotation', () => {
  // PROTOCOL R47
  it('issues a new owner token, revokes the old one and drops its connections; the new one keeps working', async () => {
    const relay = await harness.relay({ safeDefaults: true });
    const old = (await post(relay.url, '/api/plans', null, { planId: 'p-rotate' })).body.token!;
    const live = openRaw(`${relay.wsUrl}/p-rotate?token=${old}`);
    await live.opened;
    await waitFor('the greeting', () => live.frames.length > 0);
    const rotated = await post(relay.url, '/api/plans/p-rotate/rotate', old, {});
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({ planId: 'p-rotate', role: 'owner' });
    expect(await live.closed).toEqual({ code: CloseCode.forbidden, reason: CloseReason.revoked });
    const again = openRaw(`${relay.wsUrl}/p-rotate?token=${old}`);
    expect(await again.closed).toEqual({ code: CloseCode.forbidden, reason: CloseReason.revoked });
    expect((await post(relay.url, '/api/plans/p-rotate/rotate', old, {})).status).toBe(403);
    const fresh = openRaw(`${relay.wsUrl}/p-rotate?token=${rotated.body.token}`);
    await fresh.opened;
    await waitFor('the new token to be greeted', () => fresh.frames.length > 0);
    expect((await post(relay.url, '/api/plans/p-rotate/invites', rotated.body.token!, { role: 'viewer' })).status).toBe(201);
    // A non-owner cannot rotate.
    const viewer = (await post(relay.url, '/api/plans/p-rotate/invites', rotated.body.token!, { role: 'editor' })).body.token!;
    expect((await post(relay.url, '/api/plans/p-rotate/rotate', viewer, {})).status).toBe(403);
    fresh.ws.close();
  });
});
