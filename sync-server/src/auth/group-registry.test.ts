import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { groupRegistryContract } from '../../testing/group-registry.contract';
import { GroupRegistry } from './group-registry';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

groupRegistryContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-groups-'));
  dirs.push(dir);
  return new GroupRegistry(join(dir, 'concord.db'));
});
