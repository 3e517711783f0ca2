import { useId, useState } from 'react';

interface Props {
  text: string;
  /** Lines shown until the reader asks for the rest. */
  lines: number;
  className?: string;
}

/** Roughly how many characters a line holds at the narrowest width this is shown at (a phone). */
const CHARS_PER_LINE = 38;

/**
 * Long text shown as its first few lines with a button for the rest, so a plan's long progress cell does not push
 * the controls below it off the screen. Short text is shown whole, with no button.
 */
export function ClampedText({ text, lines, className = '' }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const rows = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
  if (rows <= lines) return <p className={className}>{text}</p>;
  return (
    <>
      <p id={id} className={`${className} ${open ? '' : 'clamped'}`} style={{ WebkitLineClamp: open ? undefined : lines }}>
        {text}
      </p>
      <button type="button" className="link-button clamp-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Show less' : 'Show all of it'}
      </button>
    </>
  );
}
