import { describe, expect, it } from 'vitest';
import { isValidRoomId, roomIdFromPath } from './room-id';

describe('isValidRoomId', () => {
  it('accepts nanoid-style plan ids up to 64 characters', () => {
    expect(isValidRoomId('V1StGXR8_Z5jdHi6B-myT')).toBe(true);
    expect(isValidRoomId('a')).toBe(true);
    expect(isValidRoomId('x'.repeat(64))).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['too long', 'x'.repeat(65)],
    ['dot segment', '..'],
    ['slash', 'a/b'],
    ['encoded slash', 'a%2Fb'],
    ['space', 'a b'],
    ['non-ascii', 'plan-é'],
    ['newline', 'plan\n'],
    ['query-like', 'plan?x=1'],
  ])('rejects %s', (_label, id) => {
    expect(isValidRoomId(id)).toBe(false);
  });
});

describe('roomIdFromPath', () => {
  it('takes what follows /sync/', () => {
    expect(roomIdFromPath('/sync/plan-1')).toBe('plan-1');
    expect(roomIdFromPath('/sync/a/b')).toBe('a/b');
    expect(roomIdFromPath('/sync/')).toBe('');
  });

  it('returns null for other paths', () => {
    expect(roomIdFromPath('/sync')).toBeNull();
    expect(roomIdFromPath('/other/plan-1')).toBeNull();
    expect(roomIdFromPath('/')).toBeNull();
  });
});
