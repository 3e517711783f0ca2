import { useState, type FormEvent } from 'react';
import { decodeJwt } from 'jose';
import { href } from '../../routing/hash-route';
import { groupErrorText, ROLE_WORDS } from './group-words';
import { useWho, WhoFields } from './who-fields';

/** The role a group invite link offers, read without verifying (the server checks it when the link is used). */
function offeredRole(token: string): 'editor' | 'viewer' | 'owner' | null {
  try {
    const claims = decodeJwt(token);
    return claims.aud === 'concord-group-link' && (claims.role === 'editor' || claims.role === 'viewer' || claims.role === 'owner') ? claims.role : null;
  } catch {
    return null;
  }
}

/** Opening a group invite link: the person says who they are, becomes a member, and gets every plan of the group. */
export default function JoinGroupScreen({ groupId, token }: { groupId: string; token: string }) {
  const who = useWho();
  const role = offeredRole(token);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (!role) {
    return (
      <section className="panel">
        <h1>Joining a working group</h1>
        <p className="error" role="alert">
          This invite link is damaged or incomplete. Ask for the link again and paste all of it.
        </p>
      </section>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const { joinGroup } = await import('../../data/groups');
      const me = { name: who.name.trim(), organisation: who.organisation.trim(), email: email.trim() || null };
      await joinGroup(groupId, token, me);
      // replace: the link should not linger in the back-button history.
      location.replace(href.group(groupId));
    } catch (err) {
      setError(groupErrorText(err));
      setBusy(false);
    }
  };
  return (
    <form className="panel join-group" onSubmit={(e) => void submit(e)} aria-labelledby="join-group-h">
      <h1 id="join-group-h">Join a working group</h1>
      <p>
        You are invited to a working group ({ROLE_WORDS[role].toLowerCase()}). Joining gives this device every plan of the
        group, including plans added later. Say who you are, so the group knows who joined.
      </p>
      <WhoFields who={who} />
      <label>
        Email (optional)
        <input type="email" value={email} maxLength={200} autoComplete="email" onChange={(e) => setEmail(e.target.value)} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Joining…' : 'Join the group'}
        </button>
        <a href={href.plans()}>Not now</a>
      </div>
    </form>
  );
}
