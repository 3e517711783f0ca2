// The data layer's eager surface: the device catalogue and settings (Dexie). Plan docs (Yjs) live behind
// ./plan, which screens load lazily so the app shell stays small.
export { usePlans, usePlanRow, useSettings } from './catalogue-hooks';
export { useGroups, startGroupsIfAny } from './group-hooks';
export { saveSettings, readSettings, type GroupRow, type PlanRow, type PlanRole, type RagTally, type DeviceSettings, type ActionIndexRow } from './device-db';
export { useActionIndex, ensureActionIndex } from './action-index-hooks';
export { usePersistentStorage, requestPersistentStorage, type PersistenceState } from './storage-persistence';
export type { SyncState, Connection } from './sync-state';
export { rebuildCatalogue } from './rebuild-catalogue';
export { startRegistration } from './register-plan';
export { openPlanEarly } from './open-early';
export { saveStatusOf, type SaveStatus } from './pending-changes';
