import { useState } from 'react';
import { RAGS, type Rag } from '@concord/shared/plan-json';
import { hasContent, type RequestAction, type UpdateRequest } from '@concord/shared/requests';
import { useRequest, type RequestHandle, type RequestSyncState } from '../../data/requests';
import { LiveTextField } from '../../components/live-text-field';
import { RagBadge } from '../../components/rag-badge';
import { ragWord } from '../../lib/rag-words';
import { formatLongDate } from '../../lib/when';
import { refusalWords } from '../../lib/refusal-words';

/**
 * A lead's update request: only their actions, each with its current position, last update and RAG, a box for the
 * new update and a proposed rating; works offline once opened, and sends when the device is next online.
 */
export default function RequestScreen({ requestId, token }: { requestId: string; token: string }) {
  const { handle, request, sync } = useRequest(requestId, token);
  if (request === null || handle === null) {
    return (
      <section className="panel" aria-busy="true">
        <h1>Update request</h1>
        <SyncLine sync={sync} submitted={false} />
        {sync.connection !== 'closed' && sync.connection !== 'refused' && <p>Fetching your actions… (this needs a connection the first time)</p>}
      </section>
    );
  }
  const closed = request.closed || sync.connection === 'closed';
  return (
    <section className="request-page" aria-labelledby="request-h">
      <h1 id="request-h">{request.title}</h1>
      <p className="request-intro">
        Updates from <strong>{request.lead.name}</strong>, due {formatLongDate(request.due)}. Write a short update on each of
        your {request.actions.length} {request.actions.length === 1 ? 'action' : 'actions'}; it is kept on this device and sent when you are online.
      </p>
      <SyncLine sync={sync} submitted={request.actions.some((a) => a.response.submittedAt !== null)} />
      <ol className="request-actions">
        {request.actions.map((action) => (
          <li key={action.id}>
            <RequestActionCard action={action} handle={handle} readOnly={closed} />
          </li>
        ))}
      </ol>
      {!closed && <SubmitBar request={request} handle={handle} />}
    </section>
  );
}

function SyncLine({ sync, submitted }: { sync: RequestSyncState; submitted: boolean }) {
  const words = {
    offline: 'Offline: your updates are kept on this device and sent when you are next online.',
    connecting: 'Connecting…',
    synced: submitted ? 'Sent: the facilitator has your submitted updates.' : 'Online: your drafts reach the facilitator as you write.',
    closed: 'This round is closed: the link no longer sends updates. What you wrote stays on this device.',
    refused: `The server refused this link: ${refusalWords(sync.refusedReason)}.`,
  } as const;
  return (
    <p className="request-sync" data-sync={sync.connection} role="status">
      {words[sync.connection]}
    </p>
  );
}

function RequestActionCard({ action, handle, readOnly }: { action: RequestAction; handle: RequestHandle; readOnly: boolean }) {
  const { response } = action;
  return (
    <article className="panel request-action" data-action-id={action.id} aria-labelledby={`ra-${action.id}`}>
      <h2 id={`ra-${action.id}`}>
        {action.ref !== null && <span className="ref">{action.ref} </span>}
        {action.text.split('\n')[0]}
      </h2>
      {action.text.includes('\n') && <p className="request-more">{action.text.split('\n').slice(1).join('\n')}</p>}
      <dl className="request-facts">
        {action.timescale !== '' && (
          <>
            <dt>Timescale</dt>
            <dd>{action.timescale}</dd>
          </>
        )}
        <dt>Current position</dt>
        <dd>{action.progress === '' ? 'None recorded' : action.progress}</dd>
        <dt>Last update</dt>
        <dd>{action.lastUpdate === null ? 'None yet' : `${formatLongDate(action.lastUpdate.date)}, ${action.lastUpdate.author}: ${action.lastUpdate.text}`}</dd>
        <dt>RAG now</dt>
        <dd>
          <RagBadge rag={action.rag} />
        </dd>
      </dl>
      {readOnly ? (
        <p>
          Your update: {response.update === '' ? 'none' : response.update}
          {response.proposedRag !== null && ` (proposed ${ragWord(response.proposedRag)})`}
        </p>
      ) : (
        <>
          <LiveTextField
            label="Your update"
            multiline
            value={response.update}
            draftKey={`request/${action.id}`}
            onSave={(text) => handle.writeDraft(action.id, text)}
          />
          <ProposedRag value={response.proposedRag} onChange={(rag) => handle.proposeRag(action.id, rag)} />
        </>
      )}
      {response.submittedAt !== null && <p className="request-submitted">Submitted {formatLongDate(response.submittedAt.slice(0, 10))}</p>}
    </article>
  );
}

/** The lead's proposed rating: words beside every colour, and "no change proposed" to withdraw one. */
function ProposedRag({ value, onChange }: { value: Rag | null; onChange: (rag: Rag | null) => void }) {
  const [name] = useState(() => `rag-${Math.random().toString(36).slice(2)}`);
  return (
    <fieldset className="rag-picker">
      <legend>Proposed RAG</legend>
      <label className="rag-option rag-none">
        <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
        No change proposed
      </label>
      {RAGS.map((rag) => (
        <label key={rag} className={`rag-option rag-${rag}`}>
          <input type="radio" name={name} value={rag} checked={value === rag} onChange={() => onChange(rag)} />
          <span className="rag-swatch" aria-hidden="true" />
          {ragWord(rag)}
        </label>
      ))}
    </fieldset>
  );
}

function SubmitBar({ request, handle }: { request: UpdateRequest; handle: RequestHandle }) {
  const [message, setMessage] = useState('');
  const written = request.actions.filter((a) => hasContent(a.response)).length;
  const submit = () => {
    try {
      const count = handle.submit();
      setMessage(`Submitted ${count} ${count === 1 ? 'update' : 'updates'}. They reach the facilitator when this device is online.`);
    } catch {
      setMessage('Write an update or propose a rating first.');
    }
  };
  return (
    <div className="request-submit">
      <button type="button" className="primary" onClick={submit} disabled={written === 0}>
        Submit {written} {written === 1 ? 'update' : 'updates'}
      </button>
      <p role="status">{message}</p>
    </div>
  );
}
