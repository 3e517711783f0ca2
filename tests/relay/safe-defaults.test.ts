/**
 * A relay started as the README starts it (no --auth flag): every room needs a token, a tokenless client is
 * refused on any room and nothing it sends is stored; plans are created freely on a loopback-bound relay, and only
 * with a creator token (or the create key) on one that listens beyond loopback. `--auth open` is an explicit
 * opt-in that warns, and registering a plan drops the tokenless sockets it let in.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { runConcord } from '../helpers/relay';
import { frame, openRaw, postJson as post, storedRows, waitFor } from './clients';
import { relayHarness } from './harness';

const harness = relayHarness();

function update(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('a relay started as the README says', () => {
  // PROTOCOL R39
  it('refuses a tokenless client on an unregistered room and on a registered one, and stores nothing it sent', async () => {
    const relay = await harness.relay({ safeDefaults: true });
    expect(relay.output()).not.toContain('auth-open');
    const created = await post(relay.url, '/api/plans', { planId: 'registered-plan' });
    expect(created.status).toBe(201);
    for (const room of ['never-registered', 'registered-plan']) {
      const raw = openRaw(`${relay.wsUrl}/${room}`);
      raw.ws.on('open', () => raw.ws.send(frame(0, 2, update('anonymous words'))));
      expect(await raw.closed).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
    }
    const owner = openRaw(`${relay.wsUrl}/registered-plan?token=${created.body.token}`);
    await owner.opened;
    owner.ws.send(frame(0, 2, update('the author')));
    await waitFor('the owner to get a receipt', () => owner.frames.some((f) => f[0] === 100));
    owner.ws.close();
    await relay.stop();
    expect(await storedRows(relay.dataDir, 'never-registered')).toEqual([]);
    const rows = await storedRows(relay.dataDir, 'registered-plan');
    const doc = new Y.Doc();
    rows.forEach((row) => Y.applyUpdate(doc, row));
    expect(doc.getText('t').toString()).toBe('the author');
  });

  // PROTOCOL R40
  it('beyond loopback creates plans only for a creator token or the create key', async () => {
    const relay = await harness.relay({ safeDefaults: true, args: ['--host', '0.0.0.0'] });
    const refused = await post(relay.url, '/api/plans', { planId: 'open-network-plan' });
    expect(refused).toEqual({ status: 401, body: { error: 'create-key-required' } });
    const forged = await post(relay.url, '/api/plans', { planId: 'open-network-plan' }, 'not-a-token');
    expect(forged.status).toBe(401);
    const minted = await runConcord('token', '--data', relay.dataDir, '--creator');
    expect(minted.code).toBe(0);
    const creator = minted.stdout.trim();
    const created = await post(relay.url, '/api/plans', { planId: 'open-network-plan' }, creator);
    expect(created.status).toBe(201);
    expect(created.body.role).toBe('owner');
    // A creator token opens no room.
    const raw = openRaw(`${relay.wsUrl}/open-network-plan?token=${creator}`);
    expect((await raw.closed).code).toBe(CloseCode.forbidden);

    const keyed = await harness.relay({ safeDefaults: true, args: ['--host', '0.0.0.0', '--create-key', 'k-123'] });
    expect((await post(keyed.url, '/api/plans', { planId: 'keyed-plan' })).status).toBe(401);
    expect((await post(keyed.url, '/api/plans', { planId: 'keyed-plan' }, 'k-123')).status).toBe(201);
  });

  // PROTOCOL R39
  it('with --auth open warns in its log, and registering a plan closes the tokenless sockets it had let in', async () => {
    const relay = await harness.relay({ args: ['--auth', 'open'] });
    expect(relay.output()).toContain('auth-open');
    const early = openRaw(`${relay.wsUrl}/squatted-plan`);
    await early.opened;
    early.ws.send(frame(0, 2, update('before')));
    await waitFor('the early socket to get a receipt', () => early.frames.some((f) => f[0] === 100));
    expect((await post(relay.url, '/api/plans', { planId: 'squatted-plan' })).status).toBe(201);
    expect(await early.closed).toEqual({ code: CloseCode.forbidden, reason: CloseReason.revoked });
    const late = openRaw(`${relay.wsUrl}/squatted-plan`);
    expect((await late.closed).code).toBe(CloseCode.unauthorised);
  });
});
