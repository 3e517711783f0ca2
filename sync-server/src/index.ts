// Public surface of @concord/sync-server. Three more named entry points (package.json): './postgres-store' (it loads
// the pg driver), './test-postgres' and './crafted-updates' (test support, from sync-server/testing/). The wire
// contract is '@concord/shared/protocol'.
export { roomIdFromPath, SYNC_PATH_PREFIX } from './room-id';
export { startRelayServer, type RelayOptions, type RelayServer } from './relay-server';
export { mintToken, verifyToken, TokenError, type TokenClaims } from './auth/capability-token';
export { existingSecret } from './auth/server-secret';
export { StoreError, type StoreErrorReason, type StoredRoom, type UpdateStore } from './store/update-store';
export { SqliteUpdateStore, SQLITE_FILE_NAME } from './store/sqlite-store';
export { admitEveryone, type Admission, type AdmissionRequest, type Authorize, type Grant } from './sync/admit';
export { checkUpdate, type UpdateCheck } from './sync/check-update';
export { encodeEntries as encodePresenceEntries } from './sync/presence-guard';
export { CliError, ExitCode, type CliCommand, type CliErrorReason, type CliIo } from './cli/command';
