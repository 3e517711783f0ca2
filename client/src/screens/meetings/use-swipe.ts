import { useRef, type TouchEvent } from 'react';

/** A swipe must travel this far sideways (CSS px) ... */
const MIN_DISTANCE = 60;
/** ... mostly sideways (a vertical scroll that drifts is not a swipe) ... */
const MAX_SLOPE = 0.5;
/** ... and quickly (a slow drag is someone selecting or reading). */
const MAX_MS = 800;

/**
 * Whether a one-finger movement of (dx, dy) CSS px over `ms` is a swipe, and which way the walk-through moves:
 * 1 (next) for a swipe to the left, -1 (previous) to the right, null for a tap, a scroll or a slow drag.
 */
export function swipeDirection(dx: number, dy: number, ms: number): 1 | -1 | null {
  if (ms > MAX_MS || Math.abs(dx) < MIN_DISTANCE || Math.abs(dy) > Math.abs(dx) * MAX_SLOPE) return null;
  return dx < 0 ? 1 : -1;
}

interface Start {
  x: number;
  y: number;
  at: number;
}

/**
 * Touch handlers for an element that moves the walk-through: a swipe left is "next", a swipe right "previous".
 * Only one-finger swipes count; pinches and scrolls do not. Pair with `touch-action: pan-y` so the browser
 * leaves sideways gestures to the page.
 */
export function useSwipe(onSwipe: (direction: 1 | -1) => void) {
  const start = useRef<Start | null>(null);
  return {
    onTouchStart: (e: TouchEvent) => {
      const t = e.touches[0];
      start.current = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY, at: e.timeStamp } : null;
    },
    onTouchEnd: (e: TouchEvent) => {
      const from = start.current;
      const t = e.changedTouches[0];
      start.current = null;
      const direction = from && t ? swipeDirection(t.clientX - from.x, t.clientY - from.y, e.timeStamp - from.at) : null;
      if (direction) onSwipe(direction);
    },
    onTouchCancel: () => {
      start.current = null;
    },
  };
}
