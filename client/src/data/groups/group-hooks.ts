// The eager half of working groups: the device's group rows (Dexie only, no Yjs) and starting their sync.
import { useLiveQuery } from 'dexie-react-hooks';
import { deviceDb, type GroupRow } from '../device/device-db';

/** Every working group on this device, by name; undefined while loading. */
export function useGroups(): GroupRow[] | undefined {
  return useLiveQuery(() => deviceDb.groups.toArray().then((rows) => rows.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))), []);
}

/** Opens the device's working groups (loading Yjs) only when it has one, so plans added to them appear. */
export async function startGroupsIfAny(): Promise<void> {
  if ((await deviceDb.groups.count()) === 0) return;
  (await import('./group-replicas')).startGroupSync();
}
