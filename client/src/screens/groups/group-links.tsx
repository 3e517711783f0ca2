import { useCallback, useEffect, useState } from 'react';
import { groupApi, type GroupLink } from '../../data/groups';
import { formatDateTime } from '../../lib/when';
import { CopyText } from '../after/copy-text';
import { ROLE_WORDS } from '../share/share-words';
import type { GroupPage } from './group-context';
import { groupErrorText } from './group-words';

/** The link another device opens to join the group: the token stays in the hash, never in a server log. */
export function groupInviteLink(groupId: string, token: string): string {
  return `${location.origin}${location.pathname}#/join-group/${groupId}/${token}`;
}

/** The owner's invite links: one per role is enough for the whole group; each can be withdrawn. */
export function GroupLinks({ page, onMembersChanged }: { page: GroupPage; onMembersChanged: () => void }) {
  const { row } = page;
  const [links, setLinks] = useState<GroupLink[] | null>(null);
  const [fresh, setFresh] = useState<{ role: 'editor' | 'viewer'; url: string } | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const refresh = useCallback(() => {
    groupApi.links(row.serverUrl, row.id, row.token).then(setLinks, (e: unknown) => setError(groupErrorText(e)));
  }, [row.serverUrl, row.id, row.token]);
  useEffect(refresh, [refresh]);
  const mint = async (role: 'editor' | 'viewer') => {
    setError('');
    try {
      const issued = await groupApi.mintLink(row.serverUrl, row.id, row.token, { role, label: null, expiresIn: null });
      setFresh({ role, url: groupInviteLink(row.id, issued.token) });
      refresh();
    } catch (e) {
      setError(groupErrorText(e));
    }
  };
  const revoke = async (link: GroupLink, members: boolean) => {
    setError('');
    try {
      await groupApi.revokeLink(row.serverUrl, row.id, row.token, link.id, members);
      setMessage(members ? 'Link withdrawn, and everyone who joined with it removed.' : 'Link withdrawn: nobody new can join with it.');
      refresh();
      if (members) onMembersChanged();
    } catch (e) {
      setError(groupErrorText(e));
    }
  };
  return (
    <section className="panel group-links" aria-labelledby="links-h">
      <h2 id="links-h">Invite links</h2>
      <p>
        Send one link to everyone who should edit, and one to everyone who should only view. Whoever opens it joins the
        group and gets every plan in it, including plans added later.
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => void mint('editor')}>Create an editing link</button>
        <button type="button" onClick={() => void mint('viewer')}>Create a view-only link</button>
      </div>
      {fresh && (
        <div className="new-invite" data-role={fresh.role}>
          <p>New link ({ROLE_WORDS[fresh.role].toLowerCase()}). Send it only to the group.</p>
          <CopyText label="Group invite link" text={fresh.url} />
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      <p role="status" className="muted">{message}</p>
      {links && links.length > 0 && (
        <table className="data-table">
          <caption>Links issued</caption>
          <thead>
            <tr>
              <th scope="col">Access</th>
              <th scope="col">Created</th>
              <th scope="col">State</th>
              <th scope="col">Withdraw</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.id} data-link-id={link.id}>
                <td>{ROLE_WORDS[link.role]}</td>
                <td>{formatDateTime(link.createdAt)}</td>
                <td>{link.revokedAt ? `Withdrawn ${formatDateTime(link.revokedAt)}` : 'Open'}</td>
                <td>
                  {!link.revokedAt && (
                    <div className="toolbar">
                      <button type="button" onClick={() => void revoke(link, false)}>Withdraw link</button>
                      <button type="button" onClick={() => void revoke(link, true)}>Withdraw and remove who joined</button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
