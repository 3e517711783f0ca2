import pg from 'pg';

/** A connection pool to `connectionString` whose idle-connection errors never crash the relay. */
export function openPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client that loses its connection must not crash the relay; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/** Runs `work` in one transaction on one pooled connection, rolling back if it throws. */
export async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Creates `schema` if missing, then runs `createTables`, in one transaction. Two nodes starting together would race
 * on CREATE ... IF NOT EXISTS; a transaction-scoped lock per schema orders them (the update store and the token
 * registry take the same lock).
 */
export function createSchemaLocked(pool: pg.Pool, schema: string, createTables: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`concord-schema:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await createTables(client);
  });
}
