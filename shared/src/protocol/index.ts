// The wire contract between the relay and its clients, imported by both ends as '@concord/shared/protocol'.
// docs/PROTOCOL.md states the rules; this module owns the names and numbers.
export * from './api-errors';
export * from './close';
export * from './messages';
export * from './roles';
export * from './room';
export * from './version';
