import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { saveSettings, useSettings } from '../data';

interface Props {
  /** Asking on joining by an invite link: a name is required, the form takes focus, and saving moves on. */
  onJoin?: () => void;
}

/**
 * Who is using this device: the author of progress updates and RAG ratings made here, and the name others see in
 * presence (declared by this device). On the plans page it is changed at any time; on joining by an invite link it
 * is asked before the plan opens, so nothing is recorded as "Someone on this device".
 */
export function DeviceSettingsForm({ onJoin }: Props) {
  const settings = useSettings();
  const [name, setName] = useState(settings.displayName);
  const [organisation, setOrganisation] = useState(settings.organisation);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setName(settings.displayName);
    setOrganisation(settings.organisation);
  }, [settings.displayName, settings.organisation]);
  const asking = onJoin !== undefined;
  useEffect(() => {
    if (asking) first.current?.focus();
  }, [asking]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await saveSettings({ displayName: name.trim(), organisation: organisation.trim() });
    setSaved(true);
    onJoin?.();
  };
  return (
    <form className="panel settings-form" onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{asking ? 'Who are you?' : 'You, on this device'}</h2>
      <p className="muted">
        {asking
          ? 'Before the plan opens: your name and organisation are recorded with the updates and ratings you add, and shown to the others in the plan. This device remembers them; change them at any time on the plans page.'
          : 'Your name and organisation are recorded with the updates and ratings you add.'}
      </p>
      <div className="field-row">
        <label>
          Your name
          <input ref={first} value={name} required={asking} autoComplete="name" onChange={(e) => (setName(e.target.value), setSaved(false))} />
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
      <button type="submit" className={asking ? 'primary' : undefined}>
        {asking ? 'Open the plan' : 'Save details'}
      </button>
      <span role="status" className="muted">
        {saved ? ' Saved.' : ''}
      </span>
    </form>
  );
}
