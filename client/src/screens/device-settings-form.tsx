import { useEffect, useId, useState, type FormEvent } from 'react';
import { saveSettings, useSettings } from '../data';

/** Who is using this device: the author of progress updates and RAG ratings made here. */
export function DeviceSettingsForm() {
  const settings = useSettings();
  const [name, setName] = useState(settings.displayName);
  const [organisation, setOrganisation] = useState(settings.organisation);
  const [saved, setSaved] = useState(false);
  const id = useId();
  useEffect(() => {
    setName(settings.displayName);
    setOrganisation(settings.organisation);
  }, [settings.displayName, settings.organisation]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await saveSettings({ displayName: name.trim(), organisation: organisation.trim() });
    setSaved(true);
  };
  return (
    <form className="panel settings-form" onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>You, on this device</h2>
      <p className="muted">Your name and organisation are recorded with the updates and ratings you add.</p>
      <div className="field-row">
        <label>
          Your name
          <input value={name} autoComplete="name" onChange={(e) => (setName(e.target.value), setSaved(false))} />
        </label>
        <label>
          Organisation
          <input
            value={organisation}
            autoComplete="organization"
            onChange={(e) => (setOrganisation(e.target.value), setSaved(false))}
          />
        </label>
      </div>
      <button type="submit">Save details</button>
      <span role="status" className="muted">
        {saved ? ' Saved.' : ''}
      </span>
    </form>
  );
}
