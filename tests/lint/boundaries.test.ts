/**
 * The package boundaries the linter enforces (eslint.config.js), proved on probe sources linted as if they lived at
 * the given paths: each forbidden import is reported, and the same import where it belongs is not. Without this,
 * a pattern that stopped matching would let the lint pass on every boundary at once.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/relay';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** The no-restricted-imports reports for `source` linted as the file at `path` (repo-relative). */
async function refusals(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${REPO_ROOT}${path}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message.split(' import ')[0]!);
}

const importOf = (specifier: string) => `import * as m from '${specifier}';\nexport const probe = m;\n`;

describe('import boundaries', () => {
  it.each([
    ['client/src/screens/probe.tsx', 'yjs'],
    ['client/src/screens/probe.tsx', 'y-websocket'],
    ['client/src/components/probe.tsx', 'y-indexeddb'],
    ['client/src/lib/probe.ts', 'dexie'],
    ['client/src/screens/meetings/probe.tsx', 'dexie-react-hooks'],
    ['client/src/screens/probe.tsx', '@concord/sync-server'],
    ['client/src/screens/share/probe.tsx', '@concord/sync-server/postgres-store'],
    ['client/src/data/probe.ts', '../../../sync-server/src/room-id'],
    ['shared/src/model/probe.ts', '../../../client/src/data/index'],
    ['shared/src/probe.ts', '@concord/sync-server'],
    ['shared/src/formats/probe.ts', '../../../sync-server/src/room-id'],
    ['sync-server/src/probe.ts', '../../client/src/lib/when'],
    ['sync-server/src/sync/probe.ts', '../../testing/postgres'],
    ['sync-server/src/store/probe.ts', '@concord/sync-server/test-postgres'],
    ['shared/src/model/probe.ts', '../../testing/model'],
    ['client/src/screens/probe.tsx', '../../../testing/seeds'],
  ])('%s may not import %s', async (path, specifier) => {
    expect(await refusals(path, importOf(specifier))).toEqual([`'${specifier}'`]);
  });

  it.each([
    ['client/src/data/probe.ts', 'yjs'],
    ['client/src/data/probe.ts', 'dexie-react-hooks'],
    ['client/src/data/replica/probe.ts', 'y-websocket'],
    ['client/src/data/device/probe.ts', 'dexie'],
    ['client/src/screens/probe.tsx', '@concord/shared'],
    ['client/src/screens/probe.test.tsx', 'yjs'],
    ['sync-server/src/probe.ts', '@concord/shared'],
    ['sync-server/src/probe.ts', 'yjs'],
    ['shared/src/model/probe.ts', 'yjs'],
    ['shared/src/import/probe.test.ts', '../../../testing/seeds'],
    ['shared/src/import/probe.test.ts', '../../testing/seed-words'],
    ['sync-server/src/store/probe.test.ts', '../../testing/update-store.contract'],
    ['tests/relay/probe.test.ts', '@concord/sync-server/test-postgres'],
    ['client/src/lib/probe.ts', '@concord/shared/protocol'],
  ])('%s may import %s', async (path, specifier) => {
    expect(await refusals(path, importOf(specifier))).toEqual([]);
  });
});
