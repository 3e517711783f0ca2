import { changesSince, type Changes, type Plan } from '@concord/shared';
import { RagBadge } from '../../components/rag-badge';
import { formatLongDate, todayIso } from '../../lib/when';
import { ActionLine, ActionList } from './action-ref';
import { SincePicker, useSince } from './since-picker';

/** What changed since the last meeting (or a chosen date): RAG movements, new updates, silent and overdue actions. */
export function ChangesView({ plan }: { plan: Plan }) {
  const [since, setSince] = useSince(plan);
  const today = todayIso();
  const changes = changesSince(plan, since, today);
  const id = plan.id;
  return (
    <>
      <SincePicker plan={plan} value={since} onChange={setSince} />
      <p className="muted" data-since={changes.since.from}>
        {changes.since.from ? `Counting from ${formatLongDate(changes.since.from.slice(0, 10))}` : 'Counting from the start of the plan'}
        {' · '}today is {formatLongDate(today)}.
      </p>
      <section className="panel" aria-labelledby="moved-heading">
        <h2 id="moved-heading">RAG movements ({changes.ragMovements.length})</h2>
        <Movements changes={changes} planId={id} />
      </section>
      <section className="panel" aria-labelledby="updates-heading">
        <h2 id="updates-heading">New updates ({changes.newUpdates.length})</h2>
        {changes.newUpdates.length === 0 ? (
          <p className="muted">No new updates.</p>
        ) : (
          <ul className="action-list" aria-label="New updates">
            {changes.newUpdates.map((u) => (
              <li key={u.update.id}>
                <ActionLine action={u} planId={id} />
                <p className="pre-wrap update-text">
                  <strong>{u.update.author || 'Someone'}</strong>, {formatLongDate(u.update.date.slice(0, 10))}: {u.update.text}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="silent-heading">
        <h2 id="silent-heading">No update since ({changes.noUpdate.length})</h2>
        <ActionList actions={changes.noUpdate} planId={id} empty="Every open action has an update." label="No update since" />
      </section>
      <section className="panel" aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Overdue ({changes.overdue.length})</h2>
        <p className="hint">Due date passed and not Blue (complete).</p>
        <ActionList actions={changes.overdue} planId={id} empty="Nothing is overdue." label="Overdue" />
      </section>
    </>
  );
}

function Movements({ changes, planId }: { changes: Changes; planId: string }) {
  if (changes.ragMovements.length === 0) return <p className="muted">No rating changed.</p>;
  return (
    <ul className="action-list" aria-label="RAG movements">
      {changes.ragMovements.map((m) => (
        <li key={m.actionId} className="movement">
          <ActionLine action={m} planId={planId} />{' '}
          <span className="movement-rags">
            <RagBadge rag={m.from} /> <span aria-hidden="true">→</span>
            <span className="visually-hidden">to</span> <RagBadge rag={m.to} />
          </span>
          <span className="muted"> · {m.by}, {formatLongDate(m.at.slice(0, 10))}</span>
        </li>
      ))}
    </ul>
  );
}
