import { afterAll, describe } from 'vitest';
import { parsePostgresUrl } from '../store/postgres-config';
import { PostgresUpdateStore } from '../store/postgres-store';
import { requirePostgres, testStoreUrl, uniqueSchema } from '../../testing/postgres';
import { groupRegistryContract } from '../../testing/group-registry.contract';
import { PostgresGroupRegistry } from './postgres-group-registry';

const available = await requirePostgres('PostgresGroupRegistry tests');
const urls: string[] = [];

afterAll(async () => {
  for (const url of urls) {
    const admin = await PostgresUpdateStore.open(url);
    await admin.dropSchema();
    await admin.close();
  }
});

describe.skipIf(!available)('PostgresGroupRegistry', () => {
  groupRegistryContract('PostgreSQL', async () => {
    const url = testStoreUrl(uniqueSchema('groups'));
    urls.push(url);
    return PostgresGroupRegistry.open(parsePostgresUrl(url));
  });
});
