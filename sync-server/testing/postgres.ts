/**
 * Test support for the PostgreSQL store: where the test database is, whether it answers, and a schema name no
 * other test run uses. Under CI=true an unreachable database is a failure, never a skip.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The test database (trust auth on this machine kind); CONCORD_TEST_PG_URL overrides it. */
export const TEST_PG_URL = process.env.CONCORD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema name unique to this call: parallel test files and runs never share tables or channels. */
export function uniqueSchema(tag: string): string {
  return `t_${tag}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** `TEST_PG_URL` with Concord's `schema` parameter. */
export function testStoreUrl(schema: string): string {
  return `${TEST_PG_URL}?schema=${schema}`;
}

/**
 * True when the test database answers. When it does not: throws under CI=true (the tests must run there),
 * otherwise prints a loud warning so the skip is never silent.
 */
export async function requirePostgres(suite: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    const message = `PostgreSQL at ${TEST_PG_URL} is unreachable (${(error as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`${message}: ${suite} must run under CI`, { cause: error });
    console.warn(`\n!!!!! SKIPPING ${suite}: ${message} !!!!!\n`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
