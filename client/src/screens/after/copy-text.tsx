import { useId, useRef, useState } from 'react';

type Copied = 'idle' | 'copied' | 'selected';

/**
 * Plain text in a read-only box with a Copy button. Uses the clipboard API; where it is missing or refused
 * (no secure context, permission denied) the text is selected instead so Ctrl+C copies it.
 */
export function CopyText({ label, text }: { label: string; text: string }) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<Copied>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      box.current?.focus();
      box.current?.select();
      setState('selected');
    }
  };
  return (
    <div className="copy-text">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={box} readOnly value={text} rows={Math.min(16, text.split('\n').length + 1)} />
      <div className="toolbar">
        <button type="button" onClick={() => void copy()}>
          Copy {label.toLowerCase()}
        </button>
        <span role="status" className="muted">
          {state === 'copied' ? 'Copied to the clipboard.' : state === 'selected' ? 'Selected: press Ctrl+C (⌘C on a Mac) to copy.' : ''}
        </span>
      </div>
    </div>
  );
}
