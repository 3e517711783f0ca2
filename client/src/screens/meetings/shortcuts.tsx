import { ModalDialog } from './modal-dialog';

/** Every walk-through shortcut, as the help dialog lists them. */
export const SHORTCUTS = [
  { keys: 'R A G B', short: 'Rate', does: 'Rate Red, Amber, Green or Blue (complete)' },
  { keys: 'U', short: 'Update', does: 'Write the progress update (Ctrl+Enter saves, Esc leaves the field)' },
  { keys: 'N / P', short: 'Next / previous', does: 'Next / previous action' },
  { keys: 'J', short: 'All actions', does: 'List every action on the agenda, to jump to one' },
  { keys: 'D', short: 'Defer', does: 'Defer to a later meeting (press again to take back)' },
  { keys: 'L', short: 'Lead absent', does: 'Lead absent — put on the chase list (press again to take back)' },
  { keys: 'E', short: 'End', does: 'End the meeting (asks first; Enter keeps going)' },
  { keys: '?', short: 'Help', does: 'Show these shortcuts' },
] as const;

/**
 * Opens the list of shortcuts. Every control also shows its own key, so the list is one press away rather than
 * always on screen; hidden on a touch-only device, which has no keys.
 */
export function ShortcutsButton({ onHelp }: { onHelp: () => void }) {
  return (
    <button type="button" className="key-hint" onClick={onHelp}>
      Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
    </button>
  );
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      {(close) => (
        <>
          <p className="muted">Shortcuts work whenever you are not typing in a field.</p>
          <dl className="shortcut-list">
            {SHORTCUTS.map((s) => (
              <div key={s.keys}>
                <dt>
                  <kbd>{s.keys}</kbd>
                </dt>
                <dd>{s.does}</dd>
              </div>
            ))}
          </dl>
          <button type="button" onClick={close}>
            Close
          </button>
        </>
      )}
    </ModalDialog>
  );
}
