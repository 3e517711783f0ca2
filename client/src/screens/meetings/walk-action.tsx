import { sectionLabel, type MeetingProgress, type PlacedAction } from '@concord/shared';
import { RagBadge } from '../../components/rag-badge';
import { formatDate, formatDateTime } from '../../lib/when';

interface Props {
  placed: PlacedAction;
  index: number;
  total: number;
  progress: MeetingProgress;
}

const RECENT_UPDATES = 3;
const RECENT_RATINGS = 6;

/** The action under discussion, large enough to read from the back of the room. */
export function WalkAction({ placed: { action, section, group }, index, total, progress }: Props) {
  const title = action.ref ? `Action ${action.ref}` : `Action ${index + 1} of ${total}`;
  return (
    <article className="walk-action" aria-labelledby="walk-action-title">
      <p className="walk-section">
        {sectionLabel(section)}
        {group.title && <> › {group.title}</>}
      </p>
      <h2 id="walk-action-title">
        {title} <RagBadge rag={action.rag} /> <ActionMarks id={action.id} progress={progress} />
      </h2>
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
            {action.due && <span className="muted"> (due {formatDate(action.due)})</span>}
          </dd>
        </div>
      </dl>
      {action.outcomes && (
        <section aria-label="Outcomes">
          <h3>Outcomes</h3>
          <p className="walk-outcomes">{action.outcomes}</p>
        </section>
      )}
      <RecentUpdates action={action} />
      <RagTrail action={action} />
    </article>
  );
}

function ActionMarks({ id, progress }: { id: string; progress: MeetingProgress }) {
  const marks = [
    progress.discussed.includes(id) && 'Discussed',
    progress.deferred.includes(id) && 'Deferred',
    progress.leadAbsent.includes(id) && 'Lead absent — chase',
  ].filter((m): m is string => typeof m === 'string');
  return (
    <span className="walk-marks">
      {marks.map((m) => (
        <span key={m} className="walk-mark">
          {m}
        </span>
      ))}
    </span>
  );
}

function RecentUpdates({ action }: { action: PlacedAction['action'] }) {
  const recent = [...action.updates].sort((a, b) => b.date.localeCompare(a.date)).slice(0, RECENT_UPDATES);
  return (
    <section aria-labelledby="walk-updates-h">
      <h3 id="walk-updates-h">Last updates</h3>
      {recent.length === 0 && !action.progress && <p className="muted">No updates yet.</p>}
      <ul className="walk-updates">
        {recent.map((u) => (
          <li key={u.id}>
            <span className="muted">
              {formatDateTime(u.date)} · {u.author}
            </span>
            <p>{u.text}</p>
          </li>
        ))}
      </ul>
      {action.progress && recent.length < RECENT_UPDATES && (
        <details>
          <summary>Summary progress (from the plan)</summary>
          <p className="walk-outcomes">{action.progress}</p>
        </details>
      )}
    </section>
  );
}

function RagTrail({ action }: { action: PlacedAction['action'] }) {
  const trail = action.ragHistory.slice(-RECENT_RATINGS).reverse();
  return (
    <section aria-labelledby="walk-rag-h">
      <h3 id="walk-rag-h">RAG history</h3>
      {trail.length === 0 ? (
        <p className="muted">Not rated yet.</p>
      ) : (
        <ol className="walk-rag-trail" reversed>
          {trail.map((e) => (
            <li key={`${e.at}|${e.by}|${e.rag}`}>
              <RagBadge rag={e.rag} /> <span className="muted">{formatDateTime(e.at)} · {e.by}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
