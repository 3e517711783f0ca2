import { useId, useState, type FormEvent } from 'react';
import { createInvite, SharingError } from '../../data/sharing';
import { CopyText } from '../after/copy-text';
import { EXPIRY_CHOICES, inviteLink, ROLE_WORDS, SHARING_ERRORS } from './share-words';

interface Props {
  planId: string;
  serverUrl: string;
  ownerToken: string;
  onCreated: () => void;
}

type InviteRole = 'editor' | 'viewer';

/** Creates an invite link for a role, with an optional expiry and label, and offers it for copying. */
export function InviteForm({ planId, serverUrl, ownerToken, onCreated }: Props) {
  const id = useId();
  const [role, setRole] = useState<InviteRole>('editor');
  const [expiresIn, setExpiresIn] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; role: InviteRole } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const issued = await createInvite(serverUrl, planId, ownerToken, { role, expiresIn: expiresIn || null, label: label.trim() || null });
      setLink({ url: inviteLink(planId, issued.token), role });
      setLabel('');
      onCreated();
    } catch (err) {
      setError(err instanceof SharingError ? SHARING_ERRORS[err.reason] : 'The link could not be created.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="invite-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Create an invite link</h3>
      <fieldset>
        <legend>People who open the link</legend>
        {(['editor', 'viewer'] as const).map((r) => (
          <label key={r} className="choice">
            <input type="radio" name={`${id}-role`} value={r} checked={role === r} onChange={() => setRole(r)} />
            {r === 'editor' ? 'Can edit the plan' : 'Can only view the plan'}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <label htmlFor={`${id}-expiry`}>Link expires after</label>
        <select id={`${id}-expiry`} value={expiresIn} onChange={(e) => setExpiresIn(e.target.value)}>
          {EXPIRY_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <label htmlFor={`${id}-label`}>Label (who it is for)</label>
        <input id={`${id}-label`} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Police lead" />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create link'}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {link && (
        <div className="new-invite" data-role={link.role}>
          <p>New link ({ROLE_WORDS[link.role].toLowerCase()}). Send it only to the people it is for.</p>
          <CopyText label="Invite link" text={link.url} />
        </div>
      )}
    </form>
  );
}
