/**
 * Operations on a real relay process: security headers and CSP on every response, the served app free of inline
 * script, `GET /metrics` in Prometheus text format, JSON log lines, and SIGTERM flushing a PostgreSQL store.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostgresUpdateStore } from '@concord/sync-server/postgres-store';
import { requirePostgres, testStoreUrl, uniqueSchema } from '@concord/sync-server/test-postgres';
import { REPO_ROOT } from '../helpers/relay';
import { frame, openRaw, waitFor } from './clients';
import { relayHarness } from './harness';

const CLIENT_DIST = join(REPO_ROOT, 'client/dist');
const postgres = await requirePostgres('SIGTERM on a PostgreSQL store');

const { relay, client } = relayHarness();

/** The value of one sample line of the exposition text, or null. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

describe('security headers', () => {
  it('sends a strict CSP and the usual headers on the app, health and metrics', async () => {
    const r = await relay({ clientDist: existsSync(CLIENT_DIST) ? CLIENT_DIST : undefined });
    for (const path of ['/', '/healthz', '/metrics', '/no-such-file.js']) {
      const res = await fetch(`${r.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
      expect(scriptSrc, path).toBe("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
    }
  });

  it.runIf(existsSync(join(CLIENT_DIST, 'index.html')))('serves an app shell with no inline script', async () => {
    const html = readFileSync(join(CLIENT_DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\ssrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('GET /metrics', () => {
  it('reports connections, rooms, updates by outcome, store latency and refusals by reason', async () => {
    const r = await relay();
    const a = client(r, 'plan-metrics');
    await a.synced;
    for (let i = 0; i < 3; i++) a.doc.getMap('m').set(`k${i}`, i);
    const bad = openRaw(`${r.wsUrl}/plan-metrics`);
    await bad.opened;
    bad.ws.send(frame(99, null, new Uint8Array([1])));
    await bad.closed;
    const scrape = async () => {
      const res = await fetch(`${r.url}/metrics`);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return res.text();
    };
    let text = '';
    const deadline = Date.now() + 10_000;
    while ((sample(text, 'concord_updates_received_total{outcome="stored"}') ?? 0) < 3 && Date.now() < deadline) {
      text = await scrape();
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(sample(text, 'concord_connections')).toBe(1);
    expect(sample(text, 'concord_rooms_loaded')).toBe(1);
    expect(sample(text, 'concord_updates_received_total{outcome="stored"}')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'concord_store_seconds_count{op="append"}')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'concord_store_seconds_bucket{op="append",le="+Inf"}')).toBe(sample(text, 'concord_store_seconds_count{op="append"}'));
    expect(sample(text, 'concord_refused_messages_total{reason="unknown-message"}')).toBe(1);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(text).toContain('# TYPE concord_store_seconds histogram');
    // Event-loop delay since the previous scrape (the relay samples it every 10 ms).
    const p99 = sample(text, 'nodejs_eventloop_delay_p99_seconds');
    const max = sample(text, 'nodejs_eventloop_delay_max_seconds');
    expect(p99).toBeGreaterThan(0);
    expect(max).toBeGreaterThanOrEqual(p99!);
    expect(max).toBeLessThan(5);
  });
});

describe('structured logs', () => {
  it('writes only JSON lines, each with time, level and event', async () => {
    const r = await relay({ env: { CONCORD_LOG: 'debug', CONCORD_UNLOAD_GRACE_MS: '50' } });
    const a = client(r, 'plan-logs');
    await a.synced;
    a.doc.getMap('m').set('x', 1);
    a.destroy();
    await waitFor('the unload', () => r.output().includes('"event":"room-unloaded"'));
    await r.stop();
    const lines = r.output().split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(typeof entry.event, line).toBe('string');
      expect(['info', 'warn', 'error']).toContain(entry.level);
      expect(Number.isNaN(Date.parse(entry.time as string))).toBe(false);
    }
    expect(lines.map((l) => (JSON.parse(l) as { event: string }).event)).toEqual(expect.arrayContaining(['listening', 'stopping', 'stopped']));
  });
});

// PROTOCOL R29
describe.skipIf(!postgres)('SIGTERM on PostgreSQL', () => {
  it('compacts every room into PostgreSQL and exits 0', async () => {
    const url = testStoreUrl(uniqueSchema('sigterm'));
    const r = await relay({ args: ['--store', url] });
    const a = client(r, 'plan-pg-term');
    await a.synced;
    for (let i = 0; i < 5; i++) a.doc.getText('t').insert(0, `${i}`);
    const b = client(r, 'plan-pg-term');
    await waitFor('the edits to reach b', () => b.doc.getText('t').length === 5);
    await r.stop();
    const store = await PostgresUpdateStore.open(url);
    try {
      const rows = await store.load('plan-pg-term');
      expect(rows.updates).toHaveLength(1);
      expect(rows.lastSeq).toBeGreaterThanOrEqual(5);
    } finally {
      await store.dropSchema();
      await store.close();
    }
  });
});
