import { useState } from 'react';

const KEY = 'concord.walk.advance-after-mark';

/**
 * Whether the walk-through moves to the next action after Defer or Lead absent (on unless turned off): a deferred
 * action has nothing more to capture. Remembered on this device.
 */
export function useAdvanceAfterMark(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => localStorage.getItem(KEY) !== 'off');
  return [
    on,
    (next: boolean) => {
      localStorage.setItem(KEY, next ? 'on' : 'off');
      setOn(next);
    },
  ];
}
