import { useState, type FormEvent } from 'react';
import { useGroups } from '../../data';
import { href, navigate } from '../../routing/hash-route';
import { refusalWords } from '../../lib/refusal-words';
import { groupErrorText, ROLE_WORDS } from './group-words';
import { useWho, WhoFields } from './who-fields';

/** The plans list's working groups: each group this device belongs to, and a form to start one. */
export function GroupsPanel() {
  const groups = useGroups();
  const [creating, setCreating] = useState(false);
  return (
    <section className="groups-panel" aria-labelledby="groups-heading">
      <h2 id="groups-heading">Working groups</h2>
      {groups && groups.length > 0 ? (
        <ul className="group-list">
          {groups.map((g) => (
            <li key={g.id} className="group-card">
              <a href={href.group(g.id)}>{g.name || 'A working group (arriving from the server)'}</a>{' '}
              <span className="muted">
                · {g.planIds.length} {g.planIds.length === 1 ? 'plan' : 'plans'} · {ROLE_WORDS[g.role]}
              </span>
              {g.refusedReason && <p className="refused-line">Not syncing: {refusalWords(g.refusedReason)}.</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">A working group keeps a group’s plans, members and meetings together, with one invite link.</p>
      )}
      {creating ? (
        <NewGroupForm onCancel={() => setCreating(false)} />
      ) : (
        <button type="button" onClick={() => setCreating(true)}>
          New working group
        </button>
      )}
    </section>
  );
}

function NewGroupForm({ onCancel }: { onCancel: () => void }) {
  const who = useWho();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const { createGroup } = await import('../../data/groups');
      navigate(href.group(await createGroup(name.trim(), { name: who.name.trim(), organisation: who.organisation.trim(), email: null })));
    } catch (err) {
      setError(groupErrorText(err));
      setBusy(false);
    }
  };
  return (
    <form className="panel new-group" onSubmit={(e) => void submit(e)} aria-labelledby="new-group-h">
      <h3 id="new-group-h">New working group</h3>
      <label>
        Group name
        <input value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} placeholder="e.g. County crisis care group" />
      </label>
      <div className="field-row">
        <WhoFields who={who} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create group'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
