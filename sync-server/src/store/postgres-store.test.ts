import { describe, expect, it } from 'vitest';
import { parsePostgresUrl } from './postgres-config';
import { PostgresUpdateStore } from './postgres-store';
import { requirePostgres, testStoreUrl, uniqueSchema } from '../../testing/postgres';
import { describeUpdateStoreContract } from '../../testing/update-store.contract';

const available = await requirePostgres('PostgresUpdateStore tests');

describe.skipIf(!available)('PostgreSQL adapter', () => {
  describeUpdateStoreContract('PostgreSQL', async () => {
    const url = testStoreUrl(uniqueSchema('store'));
    return {
      store: await PostgresUpdateStore.open(url),
      reopen: () => PostgresUpdateStore.open(url),
      destroy: async () => {
        const admin = await PostgresUpdateStore.open(url);
        await admin.dropSchema();
        await admin.close();
      },
    };
  });

  it('reports an unreachable database as open-failed', async () => {
    const err = await PostgresUpdateStore.open('postgres://postgres@127.0.0.1:1/test').catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'open-failed' });
  });
});

describe('parsePostgresUrl', () => {
  it('takes Concord\'s schema parameter out of the connection string', () => {
    const config = parsePostgresUrl('postgres://u@h:5432/db?schema=plans_a&sslmode=disable');
    expect(config.schema).toBe('plans_a');
    expect(config.connectionString).toBe('postgres://u@h:5432/db?sslmode=disable');
    expect(config.updateChannel).toBe('plans_a_updates');
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => parsePostgresUrl('postgres://h/db?schema=x";drop')).toThrow(expect.objectContaining({ reason: 'open-failed' }));
  });
});
