import { useEffect, useId, useRef, useState } from 'react';
import { RAGS, type Rag } from '@concord/shared/plan-json';
import { ragWord } from '../lib/rag-words';

/** Arrow keys move through a radio group one option at a time; wait for the user to settle before recording. */
const SETTLE_MS = 700;

interface Props {
  value: Rag | null;
  onChange: (rag: Rag) => void;
}

/** RAG rating as a native radio group: arrow keys, words beside every colour, one history entry per decision. */
export function RagPicker({ value, onChange }: Props) {
  const id = useId();
  const [choice, setChoice] = useState<Rag | null>(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ choice, value, onChange });
  latest.current = { choice, value, onChange };

  const commit = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { choice: c, value: v, onChange: save } = latest.current;
    if (c && c !== v) save(c);
  };

  useEffect(() => {
    if (!timer.current) setChoice(value);
  }, [value]);
  // A choice made just before closing the editor still counts.
  useEffect(() => commit, []);

  const pick = (rag: Rag) => {
    setChoice(rag);
    latest.current.choice = rag;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(commit, SETTLE_MS);
  };
  return (
    <fieldset className="rag-picker" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && commit()}>
      <legend>RAG rating</legend>
      {RAGS.map((rag) => (
        <label key={rag} className={`rag-option rag-${rag}`}>
          <input type="radio" name={`${id}-rag`} value={rag} checked={choice === rag} onChange={() => pick(rag)} />
          <span className="rag-swatch" aria-hidden="true" />
          {ragWord(rag)}
        </label>
      ))}
    </fieldset>
  );
}
