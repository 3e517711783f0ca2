/**
 * Sharing on a real relay: a device creates a plan and gets an owner token, the owner mints, lists and revokes
 * invites over HTTP, the relay admits by token (4401 / 4403 with named reasons), drops live sockets whose token is
 * revoked, ignores a viewer's edits while showing its presence, and `concord token` signs with the data dir's secret.
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { existingSecret, mintToken } from '@concord/sync-server';
import * as Y from 'yjs';
import { ReceiptTracker } from '../bench/clients/receipts';
import { CLI_PATH, REPO_ROOT, startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, openRaw, storedRows, waitFor, type SyncClient } from './clients';

const run = promisify(execFile);
const clients: SyncClient[] = [];
let relay: RunningRelay;

function client(room: string, token?: string): SyncClient {
  const c = connectClient(relay.wsUrl, room, token === undefined ? {} : { token });
  clients.push(c);
  return c;
}

async function api(method: string, path: string, bearer: string | null, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(`${relay.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text === '' ? null : (JSON.parse(text) as Record<string, any>) };
}

async function createPlan(planId: string): Promise<string> {
  const created = await api('POST', '/api/plans', null, { planId });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ planId, role: 'owner' });
  return created.body!.token as string;
}

async function invite(planId: string, owner: string, role: string, extra: Record<string, unknown> = {}) {
  const res = await api('POST', `/api/plans/${planId}/invites`, owner, { role, ...extra });
  expect(res.status).toBe(201);
  return res.body as { token: string; tokenId: string; role: string; expiresAt: string | null };
}

async function closeOf(room: string, token?: string) {
  const raw = openRaw(`${relay.wsUrl}/${room}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`);
  return raw.closed;
}

beforeAll(async () => {
  relay = await startRelay();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await relay?.kill();
});

describe('creating and sharing a plan', () => {
  it('keeps its signing secret in the data dir, readable by its user only', () => {
    expect(statSync(join(relay.dataDir, 'relay-secret')).mode & 0o777).toBe(0o600);
  });

  // PROTOCOL R24
  it('answers POST /api/plans with an owner token once, and 409 for a plan that exists', async () => {
    await createPlan('plan-create');
    expect((await api('POST', '/api/plans', null, { planId: 'plan-create' })).body).toEqual({ error: 'plan-exists' });
    expect((await api('POST', '/api/plans', null, { planId: 'bad id' })).status).toBe(400);
    expect((await api('POST', '/api/plans', null, 'nonsense')).status).toBe(400);
  });

  // PROTOCOL R25
  it('lets only the owner mint, list and revoke invites', async () => {
    const owner = await createPlan('plan-invites');
    const editor = await invite('plan-invites', owner, 'editor', { label: 'police lead' });
    const viewer = await invite('plan-invites', owner, 'viewer', { expiresIn: '30d' });
    expect(Date.parse(viewer.expiresAt!) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const list = await api('GET', '/api/plans/plan-invites/invites', owner);
    expect(list.body!.invites.map((i: { role: string }) => i.role)).toEqual(['owner', 'editor', 'viewer']);
    expect(list.body!.invites[1]).toMatchObject({ id: editor.tokenId, label: 'police lead', revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(editor.token); // the list never reveals tokens

    expect((await api('POST', '/api/plans/plan-invites/invites', editor.token, { role: 'owner' })).status).toBe(403);
    expect((await api('GET', '/api/plans/plan-invites/invites', null)).status).toBe(401);
    expect((await api('GET', '/api/plans/plan-invites/invites', 'garbage')).status).toBe(401);
    const otherOwner = await createPlan('plan-other');
    expect((await api('GET', '/api/plans/plan-invites/invites', otherOwner)).status).toBe(403);
    expect((await api('POST', '/api/plans/plan-invites/invites', owner, { role: 'admin' })).status).toBe(400);

    expect((await api('DELETE', `/api/plans/plan-invites/invites/${viewer.tokenId}`, owner)).status).toBe(204);
    expect((await api('DELETE', `/api/plans/plan-invites/invites/${viewer.tokenId}`, owner)).status).toBe(404);
    const after = await api('GET', '/api/plans/plan-invites/invites', owner);
    expect(after.body!.invites[2].revokedAt).not.toBeNull();
  });
});

describe('admission by token', () => {
  let owner: string;
  beforeAll(async () => {
    owner = await createPlan('plan-guarded');
  });

  // PROTOCOL R5
  it('refuses a shared plan without a token, or with an unverifiable one, with 4401', async () => {
    expect(await closeOf('plan-guarded')).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
    expect(await closeOf('plan-guarded', 'x.y.z')).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
    const forged = `${owner.slice(0, -4)}AAAA`;
    expect(await closeOf('plan-guarded', forged)).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
  });

  // PROTOCOL R6
  it('refuses another plan\'s token and a revoked one with 4403', async () => {
    const other = await createPlan('plan-elsewhere');
    expect(await closeOf('plan-guarded', other)).toEqual({ code: CloseCode.forbidden, reason: CloseReason.forbidden });
    const editor = await invite('plan-guarded', owner, 'editor');
    await api('DELETE', `/api/plans/plan-guarded/invites/${editor.tokenId}`, owner);
    expect(await closeOf('plan-guarded', editor.token)).toEqual({ code: CloseCode.forbidden, reason: CloseReason.revoked });
  });

  // PROTOCOL R5
  it('refuses an expired token with 4401 token-expired, and admits one still within its lifetime', async () => {
    // Signed with the relay's own secret on a clock an hour behind: a minute's lifetime has run out, two hours' has not.
    const secret = existingSecret(relay.dataDir)!;
    const anHourAgo = () => Date.now() - 3_600_000;
    const expired = await mintToken(secret, 'plan-guarded', 'editor', 60, anHourAgo);
    expect(await closeOf('plan-guarded', expired.token)).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.tokenExpired });
    const live = await mintToken(secret, 'plan-guarded', 'editor', 7_200, anHourAgo);
    await client('plan-guarded', live.token).synced;
  });

  it('signs `concord token --expires` tokens with that lifetime', async () => {
    const args = ['--import', 'tsx', CLI_PATH, 'token', '--data', relay.dataDir, '--plan', 'plan-guarded', '--role', 'editor', '--expires', '90m'];
    const { stdout } = await run(process.execPath, args, { cwd: REPO_ROOT });
    const claims = JSON.parse(Buffer.from(stdout.trim().split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(5400);
    await client('plan-guarded', stdout.trim()).synced;
  });

  // PROTOCOL R7
  it('syncs editors, drops a live socket whose token is revoked, and stores nothing it sends after', async () => {
    const editor = await invite('plan-guarded', owner, 'editor');
    const a = client('plan-guarded', owner);
    const b = client('plan-guarded', editor.token);
    await Promise.all([a.synced, b.synced]);
    b.doc.getMap('m').set('from editor', 'kept');
    await waitFor('the editor\'s edit to reach the owner', () => a.doc.getMap('m').get('from editor') === 'kept');
    const closed = new Promise<{ code: number; reason: string }>((done) => b.provider.once('closed', (event) => done(event)));
    expect((await api('DELETE', `/api/plans/plan-guarded/invites/${editor.tokenId}`, owner)).status).toBe(204);
    expect(await closed).toEqual({ code: CloseCode.forbidden, reason: CloseReason.revoked });
    // 4403 is final for y-websocket: it stopped reconnecting before it emitted 'closed'.
    expect(b.provider.shouldConnect).toBe(false);
    b.doc.getMap('m').set('after revocation', 'never');
    a.doc.getMap('m').set('owner still works', 'yes');
    const fresh = client('plan-guarded', owner);
    await waitFor('a fresh client to get the owner\'s later edit', () => fresh.doc.getMap('m').get('owner still works') === 'yes');
    expect(b.provider.wsconnected).toBe(false);
    expect(fresh.doc.getMap('m').get('after revocation')).toBeUndefined();
    expect(a.doc.getMap('m').get('after revocation')).toBeUndefined();
  });

  // PROTOCOL R9
  it('never applies or stores a viewer\'s edits, but shows the viewer in presence', async () => {
    const viewer = await invite('plan-guarded', owner, 'viewer');
    const a = client('plan-guarded', owner);
    const v = client('plan-guarded', viewer.token);
    await Promise.all([a.synced, v.synced]);
    a.doc.getMap('m').set('for viewers', 'visible');
    await waitFor('the viewer to see the owner\'s edit', () => v.doc.getMap('m').get('for viewers') === 'visible');
    v.provider.awareness.setLocalStateField('user', { name: 'Viewer' });
    v.doc.getMap('m').set('viewer wrote', 'dropped');
    await waitFor('the viewer\'s presence', () =>
      [...a.provider.awareness.getStates().values()].some((s) => (s as { user?: { name: string } }).user?.name === 'Viewer'),
    );
    a.doc.getMap('m').set('marker', 'after viewer');
    const fresh = client('plan-guarded', owner);
    await waitFor('a fresh client to get the marker', () => fresh.doc.getMap('m').get('marker') === 'after viewer');
    expect(fresh.doc.getMap('m').get('viewer wrote')).toBeUndefined();
    expect(a.doc.getMap('m').get('viewer wrote')).toBeUndefined();
  });

  // PROTOCOL R8
  it('keeps a plan nobody created on the server open in auth=open mode', async () => {
    const c = client('plan-legacy');
    await c.synced;
    expect(c.provider.wsconnected).toBe(true);
  });
});

describe('concord token and --auth required', () => {
  // PROTOCOL R8
  it('prints a token the relay accepts for that plan and role, and refuses tokenless clients under --auth required', async () => {
    const strict = await startRelay({ env: { CONCORD_AUTH: 'required' } });
    try {
      const args = ['--import', 'tsx', CLI_PATH, 'token', '--data', strict.dataDir, '--plan', 'plan-cli', '--role', 'editor'];
      const { stdout } = await run(process.execPath, args, { cwd: REPO_ROOT });
      const token = stdout.trim();
      expect(token.split('.')).toHaveLength(3);
      const raw = openRaw(`${strict.wsUrl}/plan-unshared`);
      expect(await raw.closed).toEqual({ code: CloseCode.unauthorised, reason: CloseReason.unauthorised });
      const c = connectClient(strict.wsUrl, 'plan-cli', { token });
      const receipts = new ReceiptTracker();
      receipts.attach(c.provider);
      c.doc.getMap('m').set('via cli token', 'stored');
      await receipts.whenCovers(Y.decodeStateVector(Y.encodeStateVector(c.doc)));
      c.destroy();
      await strict.kill();
      expect((await storedRows(strict.dataDir, 'plan-cli')).length).toBeGreaterThan(0);
      const bad = await run(process.execPath, [...args.slice(0, -1), 'admin'], { cwd: REPO_ROOT }).catch((e: { code: number; stderr: string }) => e);
      expect((bad as { code: number }).code).toBe(2);
    } finally {
      await strict.kill();
    }
  });

  // PROTOCOL R24
  it('only lets holders of the create key create plans when one is set', async () => {
    const keyed = await startRelay({ env: { CONCORD_CREATE_KEY: 'sesame' } });
    try {
      const post = (key: string | null) =>
        fetch(`${keyed.url}/api/plans`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key === null ? {} : { authorization: `Bearer ${key}` }) },
          body: JSON.stringify({ planId: 'plan-keyed' }),
        });
      expect((await post(null)).status).toBe(401);
      expect((await post('wrong')).status).toBe(401);
      expect((await post('sesame')).status).toBe(201);
    } finally {
      await keyed.kill();
    }
  });
});
