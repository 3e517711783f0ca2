import { useState, type FormEvent } from 'react';
import { navigate, href } from '../routing/hash-route';

const DEFAULT_TITLE = 'Crisis Care Concordat action plan';

export function NewPlanForm({ onCancel }: { onCancel: () => void }) {
  const [title, setTitle] = useState(DEFAULT_TITLE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { createPlanFromTemplate } = await import('../data/plan');
      navigate(href.plan(await createPlanFromTemplate(title.trim() || DEFAULT_TITLE)));
    } catch {
      setError('The plan could not be created on this device. Check that the browser allows site storage.');
      setBusy(false);
    }
  };
  return (
    <form className="panel" onSubmit={onSubmit}>
      <h2>New plan</h2>
      <p className="muted">Starts with the five standard Crisis Care Concordat sections.</p>
      <label>
        Plan title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required autoFocus />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy}>
          Create plan
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
