import type { Action } from '@concord/shared';
import { ragWord } from '../../lib/rag-words';
import type { MarkKind, Walk } from './use-walk';

interface Props {
  action: Action;
  walk: Walk;
  meetingId: string;
  live: boolean;
}

const MARK_LABELS: Record<MarkKind, string> = { deferred: 'Deferred', 'lead-absent': 'Lead absent — chase' };

/**
 * Everything this meeting has recorded for the action, together: its rating, its updates, and the deferred and
 * lead-absent marks, each mark with its own "take back". A rating is changed by choosing another.
 */
export function WalkMarks({ action, walk, meetingId, live }: Props) {
  const ratedHere = [...action.ragHistory].reverse().find((e) => e.meetingId === meetingId) ?? null;
  const updates = action.updates.filter((u) => u.meetingId === meetingId).length;
  const marks = (['deferred', 'lead-absent'] as const).filter((kind) => walk.marked(kind));
  if (!ratedHere && updates === 0 && marks.length === 0) return null;
  return (
    <ul className="walk-marks" aria-label="Recorded in this meeting">
      {ratedHere && <li className="walk-mark">Rated {ragWord(ratedHere.rag)}</li>}
      {updates > 0 && <li className="walk-mark">{updates === 1 ? 'Update recorded' : `${updates} updates recorded`}</li>}
      {marks.map((kind) => (
        <li key={kind} className="walk-mark" data-mark={kind}>
          {MARK_LABELS[kind]}
          {live && (
            <button type="button" className="take-back" onClick={() => walk.toggleMark(kind)} aria-label={`Take back: ${MARK_LABELS[kind]}`}>
              Take back
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
