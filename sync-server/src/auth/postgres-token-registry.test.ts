import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePostgresUrl } from '../store/postgres-config';
import { PostgresUpdateStore } from '../store/postgres-store';
import { requirePostgres, testStoreUrl, uniqueSchema } from '../../testing/postgres';
import { mintToken } from './capability-token';
import { PostgresTokenRegistry } from './postgres-token-registry';
import { TokenRegistry } from './token-registry';

const available = await requirePostgres('PostgresTokenRegistry tests');
const urls: string[] = [];

function freshConfig(tag: string) {
  const url = testStoreUrl(uniqueSchema(tag));
  urls.push(url);
  return parsePostgresUrl(url);
}

afterAll(async () => {
  for (const url of urls) {
    const admin = await PostgresUpdateStore.open(url);
    await admin.dropSchema();
    await admin.close();
  }
});

describe.skipIf(!available)('PostgresTokenRegistry', () => {
  it('gives nodes opening together one secret, and never replaces it', async () => {
    const config = freshConfig('secret');
    const nodes = await Promise.all([1, 2, 3, 4].map(() => PostgresTokenRegistry.open(config, null)));
    const secrets = new Set(nodes.map((n) => Buffer.from(n.secret).toString('hex')));
    expect(secrets.size).toBe(1);
    expect(nodes[0]!.secret.byteLength).toBe(32);
    const late = await PostgresTokenRegistry.open(config, new Uint8Array(randomBytes(32)));
    expect(Buffer.from(late.secret).toString('hex')).toBe([...secrets][0]);
    await Promise.all([...nodes, late].map((n) => n.close()));
  });

  it('seeds the secret with a node\'s existing one on first open', async () => {
    const seed = new Uint8Array(randomBytes(32));
    const registry = await PostgresTokenRegistry.open(freshConfig('seed'), seed);
    expect(Buffer.from(registry.secret).equals(Buffer.from(seed))).toBe(true);
    await registry.close();
  });

  it('shares plans, tokens and revocations between registries on one schema', async () => {
    const config = freshConfig('registry');
    const [one, two] = await Promise.all([PostgresTokenRegistry.open(config, null), PostgresTokenRegistry.open(config, null)]);
    expect(await one.registerPlan('plan-a')).toBe(true);
    expect(await two.registerPlan('plan-a')).toBe(false);
    expect(await two.isShared('plan-a')).toBe(true);
    expect(await two.isShared('plan-b')).toBe(false);
    const { claims } = await mintToken(one.secret, 'plan-a', 'editor', 3600);
    await one.record(claims, 'police lead');
    const listed = await two.list('plan-a');
    expect(listed).toEqual([expect.objectContaining({ id: claims.tokenId, role: 'editor', label: 'police lead', revokedAt: null })]);
    expect(Date.parse(listed[0]!.expiresAt!)).toBe(claims.expiresAt! * 1000);
    expect(await two.revoke('plan-b', claims.tokenId)).toBe(false);
    expect(await two.revoke('plan-a', claims.tokenId)).toBe(true);
    expect(await two.revoke('plan-a', claims.tokenId)).toBe(false);
    expect(await one.isRevoked(claims.tokenId)).toBe(true);
    expect(await one.revokedAmong([claims.tokenId, 'unknown'])).toEqual([claims.tokenId]);
    expect(await one.revokedAmong([])).toEqual([]);
    await Promise.all([one.close(), two.close()]);
  });

  it('merges a node\'s former SQLite registry: shared plans stay shared, revocations stay revoked, twice is harmless', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-registry-'));
    const local = new TokenRegistry(join(dir, 'concord.db'));
    const shared = await PostgresTokenRegistry.open(freshConfig('import'), null);
    try {
      local.registerPlan('plan-old');
      const kept = await mintToken(shared.secret, 'plan-old', 'editor', null);
      const gone = await mintToken(shared.secret, 'plan-old', 'viewer', null);
      local.record(kept.claims, null);
      local.record(gone.claims, 'old viewer');
      local.revoke('plan-old', gone.claims.tokenId);
      await shared.record(gone.claims, 'old viewer'); // already known here, but not yet as revoked
      await shared.importRows(local.exportRows());
      await shared.importRows(local.exportRows());
      expect(await shared.isShared('plan-old')).toBe(true);
      expect(await shared.revokedAmong([kept.claims.tokenId, gone.claims.tokenId])).toEqual([gone.claims.tokenId]);
      expect((await shared.list('plan-old')).map((r) => r.id).sort()).toEqual([kept.claims.tokenId, gone.claims.tokenId].sort());
    } finally {
      local.close();
      await shared.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
