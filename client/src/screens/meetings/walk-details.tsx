import type { Action } from '@concord/shared';
import { RagBadge } from '../../components/rag-badge';
import { formatDateTime } from '../../lib/when';

const EARLIER_UPDATES = 3;
const RECENT_RATINGS = 6;

/**
 * What else the room may want: outcomes, recent updates and the rating history; the plan's own progress text too,
 * when an update has superseded it as the current position.
 */
export function WalkDetails({ action, planProgress }: { action: Action; planProgress: boolean }) {
  return (
    <section className="walk-details" aria-label="More about this action">
      {action.outcomes && (
        <section aria-labelledby="walk-outcomes-h">
          <h3 id="walk-outcomes-h">Outcomes</h3>
          <p className="walk-outcomes">{action.outcomes}</p>
        </section>
      )}
      <Updates action={action} planProgress={planProgress} />
      <RagTrail action={action} />
    </section>
  );
}

function Updates({ action, planProgress }: { action: Action; planProgress: boolean }) {
  const recent = [...action.updates].sort((a, b) => b.date.localeCompare(a.date)).slice(0, EARLIER_UPDATES);
  return (
    <section aria-labelledby="walk-updates-h">
      <h3 id="walk-updates-h">Recent updates</h3>
      {recent.length === 0 && <p className="muted">No dated updates yet.</p>}
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
      {planProgress && action.progress && (
        <details>
          <summary>Progress as the plan records it</summary>
          <p className="walk-outcomes">{action.progress}</p>
        </details>
      )}
    </section>
  );
}

function RagTrail({ action }: { action: Action }) {
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
