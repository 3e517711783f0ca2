import { sectionLabel, type PlacedAction, type Position } from '@concord/shared';
import { RagBadge } from '../../components/rag-badge';
import { PositionLine } from '../../components/position-line';
import { formatShortDate } from '../../lib/when';
import type { Walk } from './use-walk';
import { WalkMarks } from './walk-marks';

/** Enough of a long position to recall it; the rest is one tap away, below the fold. */
const POSITION_LINES = 5;

interface Props {
  placed: PlacedAction;
  walk: Walk;
  position: Position;
  meetingId: string;
  live: boolean;
}

/** The action under discussion, large enough to read from the back of the room, with where it stands now. */
export function WalkAction({ placed: { action, section, group }, walk, position, meetingId, live }: Props) {
  const title = action.ref ? `Action ${action.ref}` : `Action ${walk.index + 1} of ${walk.progress.agenda.length}`;
  return (
    <article className="walk-action" aria-labelledby="walk-action-title">
      <p className="walk-section">
        {sectionLabel(section)}
        {group.title && <> › {group.title}</>}
      </p>
      <h2 id="walk-action-title">
        {title} <RagBadge rag={action.rag} />
      </h2>
      <WalkMarks action={action} walk={walk} meetingId={meetingId} live={live} />
      <p className="walk-text">{action.text}</p>
      <dl className="walk-facts">
        <div>
          <dt>Led by</dt>
          <dd>{action.leads.length > 0 ? action.leads.join('; ') : 'No lead named'}</dd>
        </div>
        <div>
          <dt>Timescale</dt>
          <dd>
            {action.timescale || '—'}
            {action.due && <span className="muted"> (due {formatShortDate(action.due)})</span>}
          </dd>
        </div>
      </dl>
      <section className="walk-position-now" aria-labelledby="walk-position-h">
        <h3 id="walk-position-h">Current position</h3>
        <PositionLine position={position} lines={POSITION_LINES} />
      </section>
    </article>
  );
}
