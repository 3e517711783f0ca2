import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { PostgresClusterFeed } from '../store/postgres-feed';
import { isPostgresUrl } from '../store/postgres-config';
import { PostgresUpdateStore } from '../store/postgres-store';
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

/**
 * Opens the `--store` the user named: a `postgres://` URL, or (when absent) SQLite in `dataDir`. CONCORD_NODE_ID
 * names this node in notifications (default: random); CONCORD_TEST_DROP_NOTIFY=1 ignores update notifications, so
 * a test can show that the poll alone delivers every update.
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
    store = await PostgresUpdateStore.open(location, env.CONCORD_NODE_ID || randomUUID());
  } catch (error) {
    if (error instanceof StoreError) throw new CliError('unavailable', error.message);
    throw error;
  }
  const cluster = new PostgresClusterFeed(store, { dropUpdateNotifications: env.CONCORD_TEST_DROP_NOTIFY === '1', log });
  return { store, cluster, description: `postgres schema ${store.config.schema}` };
}
