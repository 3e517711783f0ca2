import type { ReactNode } from 'react';
import { actionsToConfirm, type Plan } from '@concord/shared';
import type { Walk } from './use-walk';

interface Props {
  walk: Walk;
  /** Moves by one action (and stops following the facilitator). */
  onStep: (delta: 1 | -1) => void;
  onJump: () => void;
}

/**
 * Previous, where we are (opens the list of agenda actions) and Next: by mouse, touch or keys (P, J, N). On a
 * phone this bar stays at the bottom of the screen, under the thumb. At either end the button stays focusable
 * (marked disabled) and says why it does nothing, so focus is never dropped.
 */
export function WalkNav({ walk, onStep, onJump }: Props) {
  const { agenda } = walk.progress;
  const first = walk.index <= 0;
  const last = walk.index >= agenda.length - 1;
  return (
    <nav className="walk-nav" aria-label="Move through the agenda">
      <button type="button" className="walk-prev" onClick={() => onStep(-1)} aria-disabled={first}>
        <span aria-hidden="true">‹</span> Previous <kbd className="key-hint" aria-hidden="true">P</kbd>
      </button>
      <button type="button" className="walk-jump" onClick={onJump} aria-haspopup="dialog">
        <strong>
          <span className="walk-jump-word">Action </span>
          {walk.index + 1} of {agenda.length}
        </strong>
        <span className="walk-jump-hint"> · all actions</span> <kbd className="key-hint" aria-hidden="true">J</kbd>
      </button>
      <button type="button" className="walk-next primary" onClick={() => onStep(1)} aria-disabled={last}>
        Next <kbd className="key-hint" aria-hidden="true">N</kbd> <span aria-hidden="true">›</span>
      </button>
    </nav>
  );
}

/** What has been handled, in words (the bar only repeats them), with the meeting's own controls beside it. */
export function WalkCounts({ plan, walk, children }: { plan: Plan; walk: Walk; children: ReactNode }) {
  const { agenda, discussed, deferred, leadAbsent, remaining } = walk.progress;
  const onAgenda = new Set(agenda);
  const toConfirm = actionsToConfirm(plan).filter((id) => onAgenda.has(id)).length;
  const handled = agenda.length - remaining.length;
  return (
    <section className="walk-progress" aria-label="Progress through the agenda">
      <p className="walk-position">
        {discussed.length} discussed · {deferred.length} deferred · {leadAbsent.length} lead absent · {remaining.length} remaining
        {toConfirm > 0 && <> · <strong>{toConfirm} rating{toConfirm === 1 ? '' : 's'} to confirm</strong></>}
      </p>
      <progress max={Math.max(agenda.length, 1)} value={handled} aria-label={`${handled} of ${agenda.length} actions handled`} />
      <div className="walk-tools">{children}</div>
    </section>
  );
}
