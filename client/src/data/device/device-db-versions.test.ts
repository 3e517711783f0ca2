import { describe, expect, it } from 'vitest';
import { DEVICE_DB_VERSIONS } from './device-db-versions';

/**
 * The device database's versions as they shipped, written out again here: devices in the field hold databases made
 * by exactly these, so none may be edited (a change is a new version; the upgrade test in tests/e2e opens each).
 */
const SHIPPED = [
  { version: 1, stores: { plans: 'id, title, updatedAt', settings: 'key' } },
  { version: 2, stores: { actions: 'key, planId, *leads, rag, due' } },
  { version: 3, stores: { groups: 'id, updatedAt' } },
];

describe('device database versions', () => {
  it('keeps every shipped version exactly as it shipped, and numbers new ones after them', () => {
    expect(DEVICE_DB_VERSIONS.slice(0, SHIPPED.length)).toEqual(SHIPPED);
    expect(DEVICE_DB_VERSIONS.map((v) => v.version)).toEqual(DEVICE_DB_VERSIONS.map((_, i) => i + 1));
  });
});
