// The data layer's eager surface: the device catalogue and settings (Dexie). Plan docs (Yjs) live behind
// ./plan, which screens load lazily so the app shell stays small.
export { usePlans, usePlanRow, useSettings } from './catalogue/catalogue-hooks';
export { useGroups, startGroupsIfAny } from './groups/group-hooks';
export { saveSettings, readSettings, type GroupRow, type PlanRow, type PlanRole, type RagTally, type DeviceSettings, type ActionIndexRow } from './device/device-db';
export { useActionIndex, ensureActionIndex } from './action-index/action-index-hooks';
export { useRememberedAttendees, rememberAttendees } from './device/attendee-memory';
export { usePersistentStorage, requestPersistentStorage, type PersistenceState } from './device/storage-persistence';
export type { SyncState, Connection } from './replica/sync-state';
export { rebuildCatalogue } from './catalogue/rebuild-catalogue';
export { startRegistration } from './sharing/register-plan';
export { openPlanEarly } from './replica/open-early';
export { saveStatusOf, type SaveStatus } from './replica/pending-changes';
