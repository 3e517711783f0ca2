import { useState } from 'react';
import type { Attendee } from '@concord/shared';
import { useRememberedAttendees } from '../../data';

interface Props {
  value: Attendee[];
  onChange: (attendees: Attendee[]) => void;
}

const keyOf = (a: Attendee) => `${a.name}\u0000${a.organisation}`;

/** Who is coming: people remembered from earlier meetings on this device, plus anyone new. */
export function AttendeesEditor({ value, onChange }: Props) {
  const remembered = useRememberedAttendees();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const chosen = new Set(value.map(keyOf));
  const toggle = (a: Attendee, on: boolean) => onChange(on ? [...value, a] : value.filter((v) => keyOf(v) !== keyOf(a)));
  const add = () => {
    const person = { name: name.trim(), organisation: organisation.trim() };
    if (!person.name) return;
    if (!chosen.has(keyOf(person))) onChange([...value, person]);
    setName('');
    setOrganisation('');
  };
  const others = value.filter((a) => !remembered.some((r) => keyOf(r) === keyOf(a)));
  return (
    <fieldset className="attendees">
      <legend>Attendees</legend>
      {remembered.length > 0 && <p className="hint">People from earlier meetings on this device:</p>}
      <ul className="attendee-choices">
        {[...remembered, ...others].map((a) => (
          <li key={keyOf(a)}>
            <label className="check">
              <input type="checkbox" checked={chosen.has(keyOf(a))} onChange={(e) => toggle(a, e.target.checked)} />
              {a.name}
              {a.organisation && <span className="muted"> ({a.organisation})</span>}
            </label>
          </li>
        ))}
      </ul>
      <div className="field-row add-attendee">
        <label>
          Attendee name
          <input value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())} />
        </label>
        <label>
          Attendee organisation
          <input
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}
          />
        </label>
      </div>
      <button type="button" onClick={add}>
        Add attendee
      </button>
      <p className="muted" role="status">
        {value.length} attendee{value.length === 1 ? '' : 's'} chosen
      </p>
    </fieldset>
  );
}
