/**
 * The relay as scripts/start.sh runs it: the esbuild bundle (no TypeScript loader) on node with the flags in
 * sync-server/node-options. It must serve, sync, store through its checkpointer worker, and stop cleanly.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_PATH, REPO_ROOT, relayNodeOptions, startRelay, type RunningRelay } from '../helpers/relay';
import { connectClient, waitFor } from './clients';

describe('the built relay', () => {
  let relay: RunningRelay;

  beforeAll(async () => {
    execFileSync('pnpm', ['--filter', '@concord/sync-server', 'build'], { cwd: REPO_ROOT, stdio: 'pipe' });
    relay = await startRelay({ bundle: true });
  }, 60_000);

  afterAll(async () => {
    await relay?.kill();
  });

  it('runs the bundle with the production node flags and without a TypeScript loader', () => {
    const argv = readFileSync(`/proc/${relay.pid}/cmdline`, 'utf8').split('\0');
    expect(argv).toContain(BUNDLE_PATH);
    for (const flag of relayNodeOptions()) expect(argv).toContain(flag);
    expect(argv.join(' ')).not.toMatch(/tsx/);
  });

  it('syncs two clients, stores what they wrote, and gives it back after a clean restart', async () => {
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
    const a = connectClient(relay.wsUrl, 'bundle-room');
    const b = connectClient(relay.wsUrl, 'bundle-room');
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 50; i++) a.doc.getMap('action').set(`k${i}`, `written ${i}`);
    await waitFor('b to see all 50 entries', () => b.doc.getMap('action').size === 50);
    a.destroy();
    b.destroy();
    await relay.stop(); // rejects unless the bundle exits 0 on SIGTERM
    relay = await startRelay({ bundle: true, dataDir: relay.dataDir });
    const c = connectClient(relay.wsUrl, 'bundle-room');
    await c.synced;
    expect(c.doc.getMap('action').get('k49')).toBe('written 49');
    expect(c.doc.getMap('action').size).toBe(50);
    c.destroy();
  });
});
