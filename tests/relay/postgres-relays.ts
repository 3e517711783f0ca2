/**
 * Relay nodes sharing one PostgreSQL schema, for the scale-out tests: a schema unique to the test file, dropped
 * after it. Under CI=true an unreachable database fails the run; elsewhere the suite skips loudly.
 */
import { afterAll } from 'vitest';
import { PostgresUpdateStore } from '@concord/sync-server/postgres-store';
import { requirePostgres, testStoreUrl, uniqueSchema } from '@concord/sync-server/test-postgres';
import type { RunningRelay } from '../helpers/relay';
import { relayHarness, type RelayHarness } from './harness';

export interface PostgresRelays {
  /** False when the database is unreachable outside CI (the suite should skip). */
  available: boolean;
  /** `--store` URL of this file's schema. */
  storeUrl: string;
  harness: RelayHarness;
  /** Starts a relay node on the shared schema (killed after the test). */
  node(env?: Record<string, string>): Promise<RunningRelay>;
}

/** Call once at the top of a test file (registers the harness's afterEach and the schema's afterAll). */
export async function postgresRelays(tag: string, suite: string): Promise<PostgresRelays> {
  const available = await requirePostgres(suite);
  const storeUrl = testStoreUrl(uniqueSchema(tag));
  const harness = relayHarness();
  afterAll(async () => {
    if (!available) return;
    const admin = await PostgresUpdateStore.open(storeUrl);
    await admin.dropSchema();
    await admin.close();
  });
  const node = (env: Record<string, string> = {}) => harness.relay({ args: ['--store', storeUrl], env });
  return { available, storeUrl, harness, node };
}
