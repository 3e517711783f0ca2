import { useEffect, useRef } from 'react';
import { href } from '../../routing/hash-route';

interface Props {
  planId: string;
  meetingId: string;
  /** Reopens the meeting; false when it could not (the walk-through says why). */
  onReopen: () => boolean;
  /** Focus the minutes link on first show: the meeting was just ended here, and the minutes are what comes next. */
  focusMinutes: boolean;
}

/** An ended meeting: its minutes one click away, and a way back in if it was ended by mistake. */
export function EndedPanel({ planId, meetingId, onReopen, focusMinutes }: Props) {
  const minutes = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focusMinutes) minutes.current?.focus();
  }, [focusMinutes]);
  return (
    <div className="notice ended-panel" role="region" aria-label="This meeting has ended">
      <p>This meeting has ended. You can look back through it; nothing more is recorded unless you reopen it.</p>
      <div className="toolbar">
        <a ref={minutes} className="button primary-link" href={href.after(planId, 'minutes', meetingId)}>
          Open the minutes
        </a>
        <button type="button" onClick={onReopen}>
          Reopen the meeting
        </button>
      </div>
    </div>
  );
}
