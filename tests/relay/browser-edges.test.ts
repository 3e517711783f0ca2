/**
 * The relay's browser-facing edges against a hostile web page: the Origin check trusts only the configured public
 * origins (a forged Host, as under DNS rebinding, changes nothing), the API takes only JSON writes (so no page can
 * create plans from a visitor's browser without a CORS preflight the relay never answers), `/metrics` is for the
 * operator's addresses or token, and source maps are not served unless asked for.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { relayHarness } from './harness';

const harness = relayHarness();

/** Opens a socket with this Origin (and Host); resolves 'open' once the relay greets it, or the close code and reason. */
function upgrade(url: string, { origin, host }: { origin: string; host?: string }): Promise<string> {
  return new Promise((done) => {
    const ws = new WebSocket(url, { origin, headers: host ? { host } : {} });
    // A refused socket is upgraded, then closed with its reason (R3); an admitted one gets sync step 1 at once.
    ws.once('message', () => {
      done('open');
      ws.close();
    });
    ws.once('close', (code, reason) => done(`${code} ${reason.toString()}`));
    ws.once('error', () => {});
  });
}

/** A raw HTTP request (fetch would not let a test set Host). */
function send(url: string, method: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
    });
    req.once('error', fail);
    req.end(body);
  });
}

describe('browser-facing edges', () => {
  // PROTOCOL R41
  it('admits only the public origins and its own loopback ones, whatever the Host header says', async () => {
    const relay = await harness.relay({ safeDefaults: true, args: ['--public-origin', 'https://concord.example.org'] });
    const created = JSON.parse((await send(`${relay.url}/api/plans`, 'POST', { 'content-type': 'application/json' }, '{"planId":"p-origin"}')).body);
    const url = `${relay.wsUrl}/p-origin?token=${created.token}`;
    const rebinding = `http://attacker.example:${relay.port}`;
    expect(await upgrade(url, { origin: rebinding, host: `attacker.example:${relay.port}` })).toBe(`${CloseCode.forbidden} ${CloseReason.originNotAllowed}`);
    expect(await upgrade(url, { origin: 'https://concord.example.org' })).toBe('open');
    expect(await upgrade(url, { origin: relay.url })).toBe('open');
    expect(await upgrade(url, { origin: `http://localhost:${relay.port}` })).toBe('open');
    // The API refuses the same page.
    const foreign = await send(`${relay.url}/api/plans`, 'POST', { origin: rebinding, host: `attacker.example:${relay.port}`, 'content-type': 'application/json' }, '{"planId":"p-rebound"}');
    expect(foreign).toEqual({ status: 403, body: '{"error":"origin-not-allowed"}' });
    expect((await send(`${relay.url}/api/plans`, 'POST', { 'content-type': 'application/json' }, '{"planId":"p-rebound"}')).status).toBe(201);
  });

  // PROTOCOL R42
  it('refuses an API write that is not JSON, creating nothing', async () => {
    const relay = await harness.relay({ safeDefaults: true });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const headers: Record<string, string> = type === '' ? {} : { 'content-type': type };
      const refused = await send(`${relay.url}/api/plans`, 'POST', headers, '{"planId":"p-simple"}');
      expect(refused, type).toEqual({ status: 415, body: '{"error":"unsupported-media-type"}' });
    }
    const created = await send(`${relay.url}/api/plans`, 'POST', { 'content-type': 'application/json; charset=utf-8' }, '{"planId":"p-simple"}');
    expect(created.status).toBe(201);
  });

  // PROTOCOL R43
  it('serves /metrics only to its configured addresses or the metrics token, and no source maps by default', { timeout: 90_000 }, async () => {
    const dist = mkdtempSync(join(tmpdir(), 'concord-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Concord</title>');
    writeFileSync(join(dist, 'assets', 'app-abcdefgh.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'app-abcdefgh.js.map'), '{"version":3,"sources":["secret.ts"]}');
    const loopback = await harness.relay({ safeDefaults: true, clientDist: dist });
    expect((await send(`${loopback.url}/metrics`, 'GET', {})).status).toBe(200);
    expect((await send(`${loopback.url}/assets/app-abcdefgh.js`, 'GET', {})).status).toBe(200);
    expect((await send(`${loopback.url}/assets/app-abcdefgh.js.map`, 'GET', {})).status).toBe(404);

    const elsewhere = await harness.relay({ safeDefaults: true, clientDist: dist, args: ['--metrics-from', '192.0.2.10', '--metrics-token', 'm-secret', '--serve-source-maps'] });
    const refused = await send(`${elsewhere.url}/metrics`, 'GET', {});
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain('concord_');
    const withToken = await send(`${elsewhere.url}/metrics`, 'GET', { authorization: 'Bearer m-secret' });
    expect(withToken.status).toBe(200);
    expect(withToken.body).toContain('concord_');
    expect((await send(`${elsewhere.url}/assets/app-abcdefgh.js.map`, 'GET', {})).status).toBe(200);
  });
});
