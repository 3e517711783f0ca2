import { useEffect, useId, useRef, useState } from 'react';
import { rebaseEdit } from '../lib/rebase-edit';

const SAVE_DELAY_MS = 250;

interface Props {
  label: string;
  /** The value in the plan now (changes when a collaborator edits it). */
  value: string;
  onSave: (next: string) => void;
  multiline?: boolean;
  hint?: string;
  /** null: save only on blur, for values the save normalises (the draft would jump under the cursor). */
  saveDelayMs?: number | null;
}

/**
 * A text field that saves as you type. Keystrokes are batched briefly; if the plan's value changes while the
 * user's edit is still unsaved, the edit is replayed onto the new value, so neither person's words are lost.
 * Unsaved text is flushed on blur, on unmount and when the page is hidden.
 */
export function LiveTextField({ label, value, onSave, multiline = false, hint, saveDelayMs = SAVE_DELAY_MS }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const pending = useRef<{ base: string; timer: ReturnType<typeof setTimeout> | undefined } | null>(null);
  const latest = useRef({ draft, value, onSave });
  latest.current = { draft, value, onSave };

  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    const { draft: d, value: v, onSave: save } = latest.current;
    const merged = rebaseEdit(p.base, d, v);
    if (merged !== v) save(merged);
    setDraft(merged);
  };

  useEffect(() => {
    if (!pending.current) setDraft(value);
  }, [value]);

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
    // flush reads everything through refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onChange = (next: string) => {
    const base = pending.current?.base ?? latest.current.value;
    if (pending.current) clearTimeout(pending.current.timer);
    const timer = saveDelayMs === null ? undefined : setTimeout(flush, saveDelayMs);
    pending.current = { base, timer };
    latest.current.draft = next;
    setDraft(next);
  };

  const common = {
    id,
    value: draft,
    onBlur: flush,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
