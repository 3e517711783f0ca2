/**
 * Every version of the device database, oldest first: the tables and indexes each one added (Dexie's schema
 * syntax). A shipped version is never edited; a change is a new version at the end (with an `upgrade` when rows
 * must be rewritten). Kept apart from Dexie so the upgrade tests can build each earlier version exactly as it
 * shipped (tests/e2e/device-db-upgrade.test.ts opens one of each, with data in it, in the current app).
 */
export const DEVICE_DB_NAME = 'concord-device';

export interface DeviceDbVersion {
  version: number;
  /** The tables this version adds or changes; null removes one. */
  stores: Record<string, string | null>;
}

export const DEVICE_DB_VERSIONS: readonly DeviceDbVersion[] = [
  // The catalogue of plans on the device, and the device's settings (display name, organisation).
  { version: 1, stores: { plans: 'id, title, updatedAt', settings: 'key' } },
  // The cross-plan action index behind "my actions", search and overdue lists.
  { version: 2, stores: { actions: 'key, planId, *leads, rag, due' } },
  // Working groups on this device (their docs live in y-indexeddb like plans').
  { version: 3, stores: { groups: 'id, updatedAt' } },
];
