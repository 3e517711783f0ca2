import { MINUTES_HEADINGS as H, chaseIntro, positionSource, ragMovementText, ragSummaryText, type Minutes, type MinutesItem } from '@concord/shared';
import { formatLongDate, userLocale } from '../../lib/when';
import { RagBadge } from '../../components/rag-badge';
import { ActionLine, ActionList, refLabel } from './action-ref';

/** The minutes as they will be exported: what prints, and what the .docx and Markdown say. */
export function MinutesPreview({ minutes }: { minutes: Minutes }) {
  const planId = minutes.planId;
  return (
    <article className="panel minutes-preview" aria-labelledby="minutes-title">
      <h2 id="minutes-title">
        {minutes.title || 'Meeting'} · {formatLongDate(minutes.date)}
      </h2>
      <p className="muted">
        {minutes.planTitle}
        {minutes.facilitator && ` · Facilitator: ${minutes.facilitator}`}
        {minutes.state === 'live' && ' · Meeting still in progress'}
      </p>
      <h3>{H.attendees}</h3>
      {minutes.attendees.length === 0 ? (
        <p className="muted">No attendees recorded.</p>
      ) : (
        <ul className="attendees">
          {minutes.attendees.map((a, i) => (
            <li key={i}>{a.organisation ? `${a.name}, ${a.organisation}` : a.name}</li>
          ))}
        </ul>
      )}
      <h3>{H.discussed}</h3>
      <DiscussedTable items={minutes.discussed} planId={planId} />
      <h3>{H.deferred}</h3>
      <ActionList actions={minutes.deferred} planId={planId} empty="None." label={H.deferred} />
      <h3>{H.leadAbsent}</h3>
      <ActionList actions={minutes.leadAbsent} planId={planId} empty="None." label={H.leadAbsent} />
      {minutes.notReached.length > 0 && (
        <>
          <h3>{H.notReached}</h3>
          <ActionList actions={minutes.notReached} planId={planId} empty="None." label={H.notReached} />
        </>
      )}
      <h3>{H.chase}</h3>
      <p>{chaseIntro(minutes, userLocale())}</p>
      {minutes.chase.length === 0 ? (
        <p className="muted">Everyone has reported.</p>
      ) : (
        <ul className="chase-summary">
          {minutes.chase.map((g) => (
            <li key={g.lead}>
              <strong>{g.lead || 'No lead named'}</strong>:{' '}
              {g.items.map((i) => `${refLabel(i.ref) || 'unnumbered'}${i.leadAbsentAt ? ' (lead absent)' : ''}`).join(', ')}
            </li>
          ))}
        </ul>
      )}
      <h3>{H.summary}</h3>
      <p>{ragSummaryText(minutes.ragCounts)}</p>
      {minutes.notes.trim() && (
        <>
          <h3>{H.notes}</h3>
          <p className="pre-wrap">{minutes.notes}</p>
        </>
      )}
    </article>
  );
}

function DiscussedTable({ items, planId }: { items: readonly MinutesItem[]; planId: string }) {
  if (items.length === 0) return <p className="muted">No action was rated or updated in this meeting.</p>;
  return (
    <table className="minutes-table">
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Lead</th>
          <th scope="col">Update</th>
          <th scope="col">RAG</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.actionId} data-action-id={item.actionId}>
            <td>
              <ActionLine action={item} planId={planId} />
            </td>
            <td>{item.leads.join(', ')}</td>
            <td>
              {item.minute !== null ? (
                <p className="pre-wrap">{item.minute}</p>
              ) : item.updates.length === 0 ? (
                <NoUpdate item={item} />
              ) : (
                item.updates.map((u, i) => (
                  <p key={i} className="pre-wrap">
                    <strong>{u.author}:</strong> {u.text}
                  </p>
                ))
              )}
            </td>
            <td>
              <RagBadge rag={item.ragTo ?? item.ragFrom} />
              <span className="rag-movement">{ragMovementText(item)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An action the meeting recorded no update for: says so, then its position as the meeting found it. */
function NoUpdate({ item }: { item: MinutesItem }) {
  return (
    <>
      <em>{item.leadAbsent ? 'Lead absent' : 'No update'}</em>
      {item.position.kind !== 'none' && (
        <p className="pre-wrap minutes-position">
          <strong>Position ({positionSource(item.position, userLocale())}):</strong> {item.position.text}
        </p>
      )}
    </>
  );
}
