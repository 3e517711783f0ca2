import { ModalDialog } from './modal-dialog';

/** Every walk-through shortcut; the help dialog lists them all, the strip those `inStrip` (the rest have buttons). */
export const SHORTCUTS = [
  { keys: 'R A G B', short: 'Rate', does: 'Rate Red, Amber, Green or Blue (complete)' },
  { keys: 'U', short: 'Update', does: 'Write the progress update (Ctrl+Enter saves, Esc leaves the field)' },
  { keys: 'N / P', short: 'Next / previous', does: 'Next / previous action' },
  { keys: 'J', short: 'All actions', does: 'List every action on the agenda, to jump to one' },
  { keys: 'D', short: 'Defer', does: 'Defer to a later meeting (press again to take back)' },
  { keys: 'L', short: 'Lead absent', does: 'Lead absent — put on the chase list (press again to take back)' },
  { keys: 'E', short: 'End', does: 'End the meeting (asks first; Enter keeps going)', inButton: true },
  { keys: '?', short: 'Help', does: 'Show these shortcuts', inButton: true },
] as const;

/** On screen wherever there is a keyboard (hidden on touch-only devices): the shortcuts in one line. */
export function ShortcutStrip({ onHelp }: { onHelp: () => void }) {
  return (
    <section className="shortcut-strip key-hint" aria-labelledby="shortcut-strip-h">
      <h2 id="shortcut-strip-h" className="visually-hidden">
        Keyboard shortcuts
      </h2>
      <ul>
        {SHORTCUTS.filter((s) => !('inButton' in s)).map((s) => (
          <li key={s.keys}>
            <kbd>{s.keys}</kbd> {s.short}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onHelp}>
        All shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
    </section>
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
