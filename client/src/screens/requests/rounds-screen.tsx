import { useState, type FormEvent } from 'react';
import type { Plan } from '@concord/shared';
import { awaitingAcceptance, requestReminder, requestStatus, type RequestStatus } from '@concord/shared/requests';
import { usePlan, type PlanHandle } from '../../data/plan';
import { usePlanRow, useSettings } from '../../data';
import { acceptInto, closeRound, createRound, useRounds, type RoundRequest, type RoundView } from '../../data/requests';
import { RagBadge } from '../../components/rag-badge';
import { formatLongDate } from '../../lib/when';
import { href } from '../../routing/hash-route';
import { SHARING_ERRORS } from '../share/share-words';

const STATUS_WORDS: Record<RequestStatus, string> = {
  'not-opened': 'Not opened',
  opened: 'Opened, nothing written',
  started: 'Started',
  submitted: 'Submitted',
};

/** The facilitator's update requests for a plan: send a round, see who has reported, accept, remind, close. */
export default function RoundsScreen({ planId }: { planId: string }) {
  const { plan, handle } = usePlan(planId);
  const row = usePlanRow(planId);
  const token = row?.token ?? null;
  const rounds = useRounds(planId, token);
  if (!plan || row === undefined) return <p className="loading">Loading…</p>;
  const owner = row?.role === 'owner' && token !== null;
  return (
    <section className="rounds-page" aria-labelledby="rounds-h">
      <p>
        <a href={href.plan(planId)}>← {plan.title}</a>
      </p>
      <h1 id="rounds-h">Update requests</h1>
      <p>Each lead gets one link showing only the actions they lead. Their updates come back here to accept into the plan.</p>
      {owner && row ? (
        <NewRoundForm plan={plan} access={{ serverUrl: row.serverUrl, token: token! }} />
      ) : (
        <p className="notice">Only the plan’s owner can send update requests, from a device holding the owner link, online.</p>
      )}
      {rounds?.map((round) => <Round key={round.row.id} round={round} plan={handle} planToken={token} />)}
    </section>
  );
}

function NewRoundForm({ plan, access }: { plan: Plan; access: { serverUrl: string; token: string } }) {
  const [title, setTitle] = useState('Before the next meeting');
  const [due, setDue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      await createRound(plan, access, { title: title.trim(), due });
    } catch (err) {
      const reason = (err as { reason?: string }).reason;
      setError(reason !== undefined && reason in SHARING_ERRORS ? SHARING_ERRORS[reason as keyof typeof SHARING_ERRORS] : String((err as Error).message));
    }
    setBusy(false);
  };
  return (
    <form className="panel new-round" onSubmit={(e) => void submit(e)} aria-labelledby="new-round-h">
      <h2 id="new-round-h">Send a round</h2>
      <label>
        What it is for
        <input type="text" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Updates due by
        <input type="date" required value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy || title.trim() === '' || due === ''}>
        {busy ? 'Sending…' : 'Make a link for each lead'}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function Round({ round, plan, planToken }: { round: RoundView; plan: PlanHandle | null; planToken: string | null }) {
  const { row } = round;
  const [error, setError] = useState('');
  const close = async () => {
    if (planToken === null) return;
    try {
      await closeRound(row, planToken, round.requests.map((r) => r.open));
    } catch (err) {
      setError(SHARING_ERRORS[(err as { reason: keyof typeof SHARING_ERRORS }).reason] ?? 'The round could not be closed.');
    }
  };
  return (
    <section className="panel round" aria-labelledby={`round-${row.id}`} data-round-id={row.id}>
      <h2 id={`round-${row.id}`}>
        {row.title} <span className="round-due">(due {formatLongDate(row.due)})</span>
      </h2>
      {row.closedAt !== null ? <p>Closed {formatLongDate(row.closedAt.slice(0, 10))}: the links no longer work.</p> : null}
      <table className="round-leads">
        <caption className="visually-hidden">Who has reported</caption>
        <thead>
          <tr>
            <th scope="col">Lead</th>
            <th scope="col">Status</th>
            <th scope="col">Link and reminder</th>
          </tr>
        </thead>
        <tbody>
          {round.requests.map((q) => (
            <LeadRow key={q.requestId} q={q} closed={row.closedAt !== null} />
          ))}
        </tbody>
      </table>
      {round.requests.map((q) => (
        <Submitted key={q.requestId} q={q} plan={plan} />
      ))}
      {row.closedAt === null && planToken !== null && (
        <button type="button" onClick={() => void close()}>
          Close this round
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function leadLink(q: RoundRequest): string {
  return `${location.origin}${location.pathname}${href.request(q.requestId, q.token)}`;
}

function LeadRow({ q, closed }: { q: RoundRequest; closed: boolean }) {
  const status = q.request === null ? 'not-opened' : requestStatus(q.request);
  const reminder = q.request === null ? null : requestReminder(q.request, leadLink(q));
  return (
    <tr data-lead={q.leadName} data-status={status}>
      <th scope="row">{q.leadName}</th>
      <td>{STATUS_WORDS[status]}</td>
      <td>
        {!closed && (
          <>
            <input type="text" readOnly aria-label={`Link for ${q.leadName}`} value={leadLink(q)} onFocus={(e) => e.currentTarget.select()} />
            {reminder && <a href={reminder.mailto}>Email a reminder to {q.leadName}</a>}
          </>
        )}
      </td>
    </tr>
  );
}

function Submitted({ q, plan }: { q: RoundRequest; plan: PlanHandle | null }) {
  const { displayName } = useSettings();
  if (q.request === null) return null;
  const waiting = awaitingAcceptance(q.request);
  if (waiting.length === 0) return null;
  return (
    <section className="round-submitted" aria-label={`Submitted by ${q.leadName}`}>
      <h3>Submitted by {q.leadName}</h3>
      <ul>
        {waiting.map((a) => (
          <li key={a.id} data-action-id={a.id}>
            <p>
              <strong>{a.ref ?? ''}</strong> {a.text.split('\n')[0]}
            </p>
            <blockquote>{a.response.update}</blockquote>
            <p>
              RAG now <RagBadge rag={a.rag} />
              {a.response.proposedRag !== null && (
                <>
                  {' '}
                  · proposed <RagBadge rag={a.response.proposedRag} /> (the meeting confirms it)
                </>
              )}
            </p>
            <button type="button" disabled={plan === null} onClick={() => plan && acceptInto(plan, q.open, a.id, displayName || 'Facilitator')}>
              Accept into the plan
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
