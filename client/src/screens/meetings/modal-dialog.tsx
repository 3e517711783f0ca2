import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: (close: () => void) => ReactNode;
  /** CSS selector of the element to focus when the dialog opens (default: its first button). */
  initialFocus?: string;
}

/** A native modal dialog (focus trapped, Esc closes) that opens when mounted and reports when it closes. */
export function ModalDialog({ title, onClose, children, initialFocus = 'button' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d || d.open) return;
    opener.current = document.activeElement;
    d.showModal();
    d.querySelector<HTMLElement>(initialFocus)?.focus();
  }, [initialFocus]);
  const close = () => ref.current?.close();
  const onDialogClose = () => {
    // Back to where the user was, or the page, so the shortcuts keep working.
    const back = opener.current instanceof HTMLElement && opener.current.isConnected ? opener.current : document.getElementById('main');
    back?.focus();
    onClose();
  };
  return (
    <dialog ref={ref} className="walk-dialog" aria-label={title} onClose={onDialogClose}>
      <h2>{title}</h2>
      {children(close)}
    </dialog>
  );
}
