import { useLiveQuery } from 'dexie-react-hooks';
import { deviceDb, EMPTY_SETTINGS, type DeviceSettings, type PlanRow } from '../device/device-db';

/** Plans on this device, most recently changed first; undefined while loading. */
export function usePlans(): PlanRow[] | undefined {
  return useLiveQuery(() => deviceDb.plans.orderBy('updatedAt').reverse().toArray(), []);
}

/** One plan's catalogue row; undefined while loading, null when this device has no row for it. */
export function usePlanRow(planId: string): PlanRow | null | undefined {
  return useLiveQuery(async () => (await deviceDb.plans.get(planId)) ?? null, [planId]);
}

/** Device settings (display name, organisation); defaults while loading. */
export function useSettings(): DeviceSettings {
  return useLiveQuery(async () => {
    const row = await deviceDb.settings.get('device');
    return row ? { ...EMPTY_SETTINGS, ...row.value } : EMPTY_SETTINGS;
  }, []) ?? EMPTY_SETTINGS;
}
