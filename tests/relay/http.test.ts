/** The relay's HTTP side: health, the built app with the right types and caching, and no way out of its folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type RunningRelay } from '../helpers/relay';

const SECRET = 'SECRET-OUTSIDE-DIST';
let root: string;
let relay: RunningRelay;

/** A GET (or other method) with the path sent exactly as written: fetch() would normalise `..` away. */
function raw(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: relay.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body }));
    });
    req.on('error', fail).end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'concord-http-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Concord</title>');
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Concord"}');
  writeFileSync(join(dist, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dist, 'assets', 'index-B3xk9_Qa.js'), 'console.log("app")');
  writeFileSync(join(dist, 'assets', 'index-Dq81LmZz.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  relay = await startRelay({ clientDist: dist });
});

afterAll(async () => {
  await relay?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('relay HTTP', () => {
  it('answers GET /healthz with 200 {"ok":true}', async () => {
    const res = await fetch(`${relay.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ ok: true });
  });

  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache', '<title>Concord</title>'],
    ['/index.html', 'text/html; charset=utf-8', 'no-cache', '<title>Concord</title>'],
    ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache', 'addEventListener'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache', '"Concord"'],
    ['/icon.svg', 'image/svg+xml', 'no-cache', '<svg'],
    ['/assets/index-B3xk9_Qa.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable', 'app'],
    ['/assets/index-Dq81LmZz.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable', 'body{}'],
  ])('serves %s as %s with Cache-Control %s', async (path, type, cache, content) => {
    const res = await raw(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toBe(cache);
    expect(res.body).toContain(content);
  });

  it('falls back to index.html (not cached) for app routes without a file extension', async () => {
    for (const path of ['/plans', '/plan/V1StGXR8_Z5jdHi6B-myT', '/deep/route/here?x=1']) {
      const res = await raw(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.body, path).toContain('<title>Concord</title>');
    }
  });

  it('answers 404 for a missing file with an extension', async () => {
    expect((await raw('/assets/missing-ABCDEFGH.js')).status).toBe(404);
    expect((await raw('/favicon.ico')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '//../secret.txt',
  ])('never serves a file outside the build for %s', async (path) => {
    const res = await raw(path);
    expect(res.body).not.toContain(SECRET);
    expect([200, 400, 404]).toContain(res.status);
    if (res.status === 200) expect(res.body).toContain('<title>Concord</title>');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await raw('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    const post = await raw('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
