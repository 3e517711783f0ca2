/**
 * The hostile-client suite (hostile-suite.ts) against two relay nodes sharing PostgreSQL: the attacker on one node,
 * the bystanders on the other. Needs PostgreSQL on 127.0.0.1:5432; under CI=true an unreachable database fails.
 */
import { describe } from 'vitest';
import { hostileSuite } from './hostile-suite';
import { postgresRelays } from './postgres-relays';

const { available, harness, node } = await postgresRelays('hostile', 'hostile clients on PostgreSQL nodes');

describe.skipIf(!available)('a hostile client against two nodes sharing PostgreSQL', () => {
  hostileSuite(async () => {
    const [attacked, watched] = await Promise.all([node({ CONCORD_POLL_MS: '200' }), node({ CONCORD_POLL_MS: '200' })]);
    return { attacked, watched, defer: harness.defer };
  });
});
