import { describe, expect, it } from 'vitest';
import { roomIdFromPath } from './room-id';

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
