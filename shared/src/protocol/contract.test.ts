import { describe, expect, it } from 'vitest';
import { API_ERROR_STATUS, isApiErrorReason } from './api-errors';
import { MessageType } from './messages';
import { isRole, ROLES } from './roles';

describe('message types', () => {
  it('keeps y-websocket’s own types and puts Concord’s at 100 and above, all distinct', () => {
    expect([MessageType.sync, MessageType.awareness, MessageType.auth, MessageType.queryAwareness]).toEqual([0, 1, 2, 3]);
    expect(MessageType.stored).toBeGreaterThanOrEqual(100);
    const types = Object.values(MessageType);
    expect(new Set(types).size).toBe(types.length);
  });
});

describe('API error reasons', () => {
  it('answers each with a 4xx status, but a full server (507: its own limit, not the request\'s fault)', () => {
    for (const [reason, status] of Object.entries(API_ERROR_STATUS)) {
      expect(reason === 'storage-full' ? status === 507 : status >= 400 && status < 500, reason).toBe(true);
    }
  });

  it('recognises only its own reasons', () => {
    expect(isApiErrorReason('plan-exists')).toBe(true);
    for (const value of ['server-error', 'offline', 'constructor', 'toString', 404, null, undefined]) {
      expect(isApiErrorReason(value)).toBe(false);
    }
  });
});

describe('roles', () => {
  // PROTOCOL R9
  it('recognises the three roles and nothing else', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ['admin', 'Owner', '', 'constructor', null, 1]) expect(isRole(value)).toBe(false);
  });
});
