import { useState } from 'react';
import { revokeInvite, SharingError, type Invite } from '../../data/sharing';
import { formatDateTime } from '../../lib/when';
import { ROLE_WORDS, SHARING_ERRORS } from './share-words';

interface Props {
  planId: string;
  serverUrl: string;
  ownerToken: string;
  invites: Invite[];
  onChanged: () => void;
}

/** The invite links issued for a plan (not the owner's own), each revocable until revoked. */
export function InviteList({ planId, serverUrl, ownerToken, invites, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const shown = invites.filter((i) => i.role !== 'owner');
  const revoke = async (invite: Invite) => {
    setError(null);
    try {
      await revokeInvite(serverUrl, planId, ownerToken, invite.id);
      setDone(`Revoked the link ${nameOf(invite)}. Anyone using it has been disconnected.`);
      onChanged();
    } catch (err) {
      setError(err instanceof SharingError ? SHARING_ERRORS[err.reason] : 'The link could not be revoked.');
    }
  };
  if (shown.length === 0) return <p className="muted">No invite links yet.</p>;
  return (
    <>
      <table className="invite-list">
        <caption>Invite links</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Access</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="visually-hidden">Status</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((invite) => (
            <tr key={invite.id} data-invite-id={invite.id} data-role={invite.role}>
              <td>{invite.label ?? <span className="muted">No label</span>}</td>
              <td>{ROLE_WORDS[invite.role]}</td>
              <td>{formatDateTime(invite.createdAt)}</td>
              <td>{formatDateTime(invite.expiresAt)}</td>
              <td>
                {invite.revokedAt ? (
                  <span>Revoked {formatDateTime(invite.revokedAt)}</span>
                ) : (
                  <button type="button" onClick={() => void revoke(invite)} aria-label={`Revoke the link ${nameOf(invite)}`}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="muted">
        {done}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function nameOf(invite: Invite): string {
  return `${invite.label ? `“${invite.label}” ` : ''}(${ROLE_WORDS[invite.role].toLowerCase()}, created ${formatDateTime(invite.createdAt)})`;
}
