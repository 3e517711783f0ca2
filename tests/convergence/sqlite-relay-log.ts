import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { SqliteUpdateStore } from '@concord/sync-server';
import type { RelayLog } from './world';

const ROOM = 'fuzz-plan';

/**
 * The relay's durable log for one fuzz schedule: the relay's real SQLite store in a temporary file. Every few
 * appends it compacts, as the relay does, so the check also covers snapshot + tail loading.
 */
export function sqliteRelayLog(): RelayLog & { close(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'concord-fuzz-'));
  const store = new SqliteUpdateStore(join(dir, 'concord.db'));
  let appended = 0;
  const load = async () => {
    const { updates } = await store.load(ROOM);
    return updates.length ? Y.mergeUpdates(updates) : null;
  };
  return {
    load,
    async append(update) {
      const seq = await store.append(ROOM, update);
      if (++appended % 25 === 0) await store.compact(ROOM, (await load())!, seq);
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
