import { useState, type FormEvent } from 'react';
import { GROUP_ROLES, type GroupMember, type GroupRole } from '@concord/shared';
import { revokeMember } from '../../data/groups';
import type { GroupPage } from './group-context';
import { GroupLinks } from './group-links';
import { groupErrorText, ROLE_WORDS } from './group-words';

/** Who is in the group: members by name with their organisation and access; owners add, invite and remove. */
export function GroupMembersView({ page }: { page: GroupPage }) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const live = page.group.members.filter((m) => !m.removed);
  const removed = page.group.members.filter((m) => m.removed);
  const remove = async (member: GroupMember) => {
    setError('');
    try {
      if (member.source === 'joined') await revokeMember(page.group.id, member.id);
      else page.mutators.updateMember(member.id, { removed: true });
      setMessage(`${member.name} removed.${member.source === 'joined' ? ' Their connections to every plan of the group have been closed.' : ''}`);
    } catch (e) {
      setError(groupErrorText(e));
    }
  };
  return (
    <div className="group-members">
      <section className="panel" aria-labelledby="members-h">
        <h2 id="members-h">Members ({live.length})</h2>
        <table className="data-table members-table">
          <caption>Members of {page.group.name}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Organisation</th>
              <th scope="col">Access</th>
              <th scope="col">How</th>
              {page.owner && <th scope="col">Remove</th>}
            </tr>
          </thead>
          <tbody>
            {live.map((m) => (
              <tr key={m.id} data-member={m.name}>
                <th scope="row">{m.name}{m.id === page.row.memberId && ' (you)'}</th>
                <td>{m.organisation}</td>
                <td>{m.source === 'joined' ? ROLE_WORDS[m.role] : 'Listed only'}</td>
                <td>{m.source === 'joined' ? 'Uses Concord' : 'Added by hand'}</td>
                {page.owner && (
                  <td>
                    {m.id !== page.row.memberId && (
                      <button type="button" onClick={() => void remove(m)} aria-label={`Remove ${m.name}`}>
                        Remove
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <p role="status" className="muted">{message}</p>
        {error && <p className="error" role="alert">{error}</p>}
        {removed.length > 0 && <p className="muted">Removed: {removed.map((m) => m.name).join(', ')}.</p>}
      </section>
      {!page.readOnly && <AddMemberForm page={page} />}
      {page.owner && <GroupLinks page={page} onMembersChanged={() => setMessage('Members updated.')} />}
    </div>
  );
}

/** A member typed in by the facilitator: listed for meetings and the directory, with no access of their own. */
function AddMemberForm({ page }: { page: GroupPage }) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<GroupRole>('editor');
  const [error, setError] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      page.mutators.addMember({ name, organisation, email: email || null, role });
      setName('');
      setEmail('');
      setError('');
    } catch {
      setError('Give a name (up to 200 characters); an email address, if any, must look like one.');
    }
  };
  return (
    <form className="panel add-member" onSubmit={submit} aria-labelledby="add-member-h">
      <h2 id="add-member-h">Add a member by hand</h2>
      <p className="muted">For people who come to meetings but do not use Concord themselves. Send an invite link to give someone access.</p>
      <div className="field-row">
        <label>
          Name
          <input value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Organisation
          <input value={organisation} maxLength={200} onChange={(e) => setOrganisation(e.target.value)} />
        </label>
        <label>
          Email (optional)
          <input type="email" value={email} maxLength={200} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Role in the group
          <select value={role} onChange={(e) => setRole(e.target.value as GroupRole)}>
            {GROUP_ROLES.map((r) => (
              <option key={r} value={r}>{ROLE_WORDS[r]}</option>
            ))}
          </select>
        </label>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" className="primary">Add member</button>
    </form>
  );
}
