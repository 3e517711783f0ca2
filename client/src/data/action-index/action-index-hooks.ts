import { useLiveQuery } from 'dexie-react-hooks';
import { deviceDb, type ActionIndexRow } from '../device/device-db';

/** Every indexed action on this device, across plans; undefined while loading. */
export function useActionIndex(): ActionIndexRow[] | undefined {
  return useLiveQuery(() => deviceDb.actions.toArray(), []);
}

/**
 * Indexes any catalogued plan the index lacks, by opening its stored doc. Loads the Yjs half of the app only
 * when called.
 */
export async function ensureActionIndex(): Promise<string[]> {
  const { rebuildActionIndex } = await import('./rebuild-action-index');
  return rebuildActionIndex();
}
