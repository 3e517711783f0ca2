import { describe, expect, it } from 'vitest';
import { isValidRoomId } from './room';

// PROTOCOL R2
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
