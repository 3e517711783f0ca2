import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PostgresTokenRegistry } from '../auth/postgres-token-registry';
import { existingSecret } from '../auth/server-secret';
import type { TokenBackend } from '../auth/sharing';
import { TokenRegistry } from '../auth/token-registry';
import { isPostgresUrl, parsePostgresUrl } from '../store/postgres-config';
import type { PostgresUpdateStore } from '../store/postgres-store';
import { SQLITE_FILE_NAME, SqliteUpdateStore } from '../store/sqlite-store';
import { StoreError, type UpdateStore } from '../store/update-store';
import type { ClusterFeed } from '../sync/cluster-feed';
import { CliError } from './command';

/** An opened store and, for PostgreSQL, the feed that links this node to the others. */
export interface OpenedStore {
  store: UpdateStore;
  cluster: ClusterFeed | null;
  /** What to print: the SQLite file or the PostgreSQL schema (never the password). */
  description: string;
}

// The PostgreSQL modules (and the pg driver) load only for `--store postgres://…`: a SQLite relay never pays for them.
const postgresStore = () => import('../store/postgres-store');
const postgresFeed = () => import('../store/postgres-feed');
const postgresTokens = () => import('../auth/postgres-token-registry');
const postgresGroups = () => import('../auth/postgres-group-registry');

/**
 * Opens the `--store` the user named: a `postgres://` URL, or (when absent) SQLite in `dataDir`. CONCORD_NODE_ID
 * names this node in notifications (default: random); CONCORD_TEST_DROP_NOTIFY=1 ignores update notifications, so
 * a test can show that the poll alone delivers every update (CONCORD_TEST_DROP_REVOKE_NOTIFY=1: revocations).
 * @throws CliError 'unavailable' when the database cannot be reached, 'unwritable' for an unusable SQLite file,
 *   'usage' for a location that is neither.
 */
export async function openStore(
  location: string | undefined,
  dataDir: string,
  env: NodeJS.ProcessEnv,
  log: (event: string, detail: Record<string, unknown>) => void,
): Promise<OpenedStore> {
  if (location === undefined || location === '') {
    const file = join(dataDir, SQLITE_FILE_NAME);
    try {
      return { store: new SqliteUpdateStore(file), cluster: null, description: `sqlite:${file}` };
    } catch (error) {
      if (error instanceof StoreError) throw new CliError('unwritable', error.message);
      throw error;
    }
  }
  if (!isPostgresUrl(location)) throw new CliError('usage', '--store must be a postgres:// URL (omit it for SQLite in --data)');
  let store: PostgresUpdateStore;
  try {
    store = await (await postgresStore()).PostgresUpdateStore.open(location, env.CONCORD_NODE_ID || randomUUID());
  } catch (error) {
    if (error instanceof StoreError) throw new CliError('unavailable', error.message);
    throw error;
  }
  const { PostgresClusterFeed } = await postgresFeed();
  const cluster = new PostgresClusterFeed(store, {
    dropUpdateNotifications: env.CONCORD_TEST_DROP_NOTIFY === '1',
    dropRevocationNotifications: env.CONCORD_TEST_DROP_REVOKE_NOTIFY === '1',
    log,
  });
  return { store, cluster, description: `postgres schema ${store.config.schema}` };
}

/**
 * The token secret and registry for `--store`: shared in PostgreSQL (seeded, on first use, with `dataDir`'s
 * existing `relay-secret`, if any, so tokens signed before stay valid; the node's former SQLite registry is merged
 * in, so plans it shared stay shared and links it revoked stay revoked), or undefined for SQLite (the relay's default: the
 * secret file and registry in `dataDir`). The caller closes the registry.
 * @throws CliError 'unavailable' when the database cannot be reached, 'usage' for a location that is not one.
 */
export async function openTokens(location: string | undefined, dataDir: string | null): Promise<TokenBackend | undefined> {
  if (location === undefined || location === '') return undefined;
  if (!isPostgresUrl(location)) throw new CliError('usage', '--store must be a postgres:// URL (omit it for SQLite in --data)');
  try {
    const seed = dataDir === null ? null : existingSecret(dataDir);
    const config = parsePostgresUrl(location);
    const registry = await (await postgresTokens()).PostgresTokenRegistry.open(config, seed);
    const groups = await (await postgresGroups()).PostgresGroupRegistry.open(config).catch(async (error: unknown) => {
      await registry.close();
      throw error;
    });
    if (dataDir !== null) await importLocalRegistry(registry, join(dataDir, SQLITE_FILE_NAME)).catch(async (error: unknown) => {
      await Promise.all([registry.close(), groups.close()]);
      throw error;
    });
    return { secret: registry.secret, registry, groups };
  } catch (error) {
    if (error instanceof StoreError) throw new CliError('unavailable', error.message);
    throw error;
  }
}

/** Merges the registry a node kept in its SQLite file before the registry moved into PostgreSQL, if it has one. */
async function importLocalRegistry(registry: PostgresTokenRegistry, file: string): Promise<void> {
  if (!existsSync(file)) return;
  const local = new TokenRegistry(file);
  try {
    await registry.importRows(local.exportRows());
  } finally {
    local.close();
  }
}
