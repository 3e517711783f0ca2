import { actionsToConfirm, type Plan } from '@concord/shared';
import type { Walk } from './use-walk';

/** Where the meeting has got to: n of N and what has been handled, in words (the bar only repeats them). */
export function WalkProgress({ plan, walk }: { plan: Plan; walk: Walk }) {
  const { agenda, discussed, deferred, leadAbsent, remaining } = walk.progress;
  const onAgenda = new Set(agenda);
  const toConfirm = actionsToConfirm(plan).filter((id) => onAgenda.has(id)).length;
  const handled = agenda.length - remaining.length;
  return (
    <section className="walk-progress" aria-label="Progress through the agenda">
      <p className="walk-position">
        <strong>
          Action {walk.index + 1} of {agenda.length}
        </strong>
        <span>
          {discussed.length} discussed · {deferred.length} deferred · {leadAbsent.length} lead absent · {remaining.length}{' '}
          remaining
          {toConfirm > 0 && <> · <strong>{toConfirm} rating{toConfirm === 1 ? '' : 's'} to confirm</strong></>}
        </span>
      </p>
      <progress max={Math.max(agenda.length, 1)} value={handled} aria-label={`${handled} of ${agenda.length} actions handled`} />
    </section>
  );
}
