import { useState } from 'react';
import { useSettings } from '../../data';

/** Who this person is, for a group they create or join: the device's settings until they type something else. */
export function useWho() {
  const settings = useSettings();
  const [name, setName] = useState<string | null>(null);
  const [organisation, setOrganisation] = useState<string | null>(null);
  return {
    name: name ?? settings.displayName,
    organisation: organisation ?? settings.organisation,
    setName,
    setOrganisation,
  };
}

/** The name and organisation fields of the group forms. */
export function WhoFields({ who }: { who: ReturnType<typeof useWho> }) {
  return (
    <>
      <label>
        Your name
        <input value={who.name} required maxLength={200} autoComplete="name" onChange={(e) => who.setName(e.target.value)} />
      </label>
      <label>
        Your organisation
        <input value={who.organisation} maxLength={200} autoComplete="organization" onChange={(e) => who.setOrganisation(e.target.value)} />
      </label>
    </>
  );
}
