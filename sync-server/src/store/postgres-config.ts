import { StoreError } from './update-store';

/** Where a PostgreSQL store keeps its tables and which notification channels its nodes share. */
export interface PostgresConfig {
  /** The connection string without Concord's own `schema` parameter. */
  connectionString: string;
  /** Schema holding the tables (created if missing). Several deployments can share one database. */
  schema: string;
  /** Channel that carries "room R has a row at seq S" wake-ups. */
  updateChannel: string;
  /** Channel that carries presence (awareness) between nodes. */
  awarenessChannel: string;
  /** Channel that carries "token T was revoked" so every node drops that token's live connections. */
  revocationChannel: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,40}$/;

/** True for `postgres://…` and `postgresql://…` store locations. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Reads `postgres://user@host:port/db?schema=name`. The `schema` parameter is Concord's (default `concord`) and is
 * removed before the string reaches pg; it must be a plain lower-case identifier because it is spliced into SQL.
 * @throws StoreError 'open-failed' for a malformed URL or schema name.
 */
export function parsePostgresUrl(location: string): PostgresConfig {
  let url: URL;
  try {
    url = new URL(location);
  } catch (cause) {
    throw new StoreError('open-failed', 'the PostgreSQL store location is not a URL', { cause });
  }
  const schema = url.searchParams.get('schema') ?? 'concord';
  if (!IDENTIFIER.test(schema)) {
    throw new StoreError('open-failed', `schema "${schema}" must match ${IDENTIFIER.source}`);
  }
  url.searchParams.delete('schema');
  return {
    connectionString: url.toString(),
    schema,
    updateChannel: `${schema}_updates`,
    awarenessChannel: `${schema}_awareness`,
    revocationChannel: `${schema}_revocations`,
  };
}
