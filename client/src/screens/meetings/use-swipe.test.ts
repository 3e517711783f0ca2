import { describe, expect, it } from 'vitest';
import { swipeDirection } from './use-swipe';

describe('a swipe across the action', () => {
  it('to the left is next, to the right previous', () => {
    expect(swipeDirection(-120, 10, 200)).toBe(1);
    expect(swipeDirection(150, -20, 300)).toBe(-1);
  });

  it('is not a tap, a scroll that drifts sideways, or a slow drag', () => {
    expect(swipeDirection(-20, 0, 100)).toBeNull();
    expect(swipeDirection(-80, 200, 300)).toBeNull();
    expect(swipeDirection(-200, 0, 1500)).toBeNull();
  });
});
