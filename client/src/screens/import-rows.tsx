import { useEffect } from 'react';
import { ROW_FIXES, type RowFix, type RowReport } from '@concord/shared';
import { FIX_NAMES, LOOK_WORDS, ROLE_NAMES } from '../lib/import-words';

const AS_READ = 'as-read';

interface Props {
  rows: readonly RowReport[];
  busy: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** A row to bring into view and focus (from the list of rows that need a look). */
  focusId: string | null;
  onFix: (id: string, fix: RowFix | null) => void;
}

/** "Line 12" in a text file; "Table 2, row 8" or "Paragraph" where the format has no lines. */
export function rowPlace(row: RowReport): string {
  if (row.line !== undefined) return `Line ${row.line}`;
  const m = /^b(\d+)\.(\d+)$/.exec(row.id);
  return m ? `Row ${Number(m[2]) + 1}` : 'Paragraph';
}

/** One row: what it says, what it was read as, and the reading a person can give it instead. */
function RowLine({ row, busy, onFix }: { row: RowReport; busy: boolean; onFix: Props['onFix'] }) {
  const label = `${rowPlace(row)} reads as`;
  return (
    <li id={`row-${row.id}`} className={`import-row${row.look ? ' needs-look' : ''}`} data-role={row.role}>
      <span className="import-row-place">{rowPlace(row)}</span>
      <span className="import-row-text">{row.text || '(empty)'}</span>
      {row.look && <span className="look-note">Needs a look: {LOOK_WORDS[row.look]}</span>}
      <label className="import-row-fix">
        <span className="visually-hidden">{label}</span>
        <select
          aria-label={label}
          value={row.fixed ?? AS_READ}
          disabled={busy}
          onChange={(e) => onFix(row.id, e.currentTarget.value === AS_READ ? null : (e.currentTarget.value as RowFix))}
        >
          <option value={AS_READ}>{row.fixed ? 'As first read' : `${ROLE_NAMES[row.role]} (as read)`}</option>
          {ROW_FIXES.map((fix) => (
            <option key={fix} value={fix}>
              {FIX_NAMES[fix]}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}

/**
 * Every row of the file in order with what it became; a person promotes or demotes a row (section, sub-heading,
 * action) or attaches it to the action above as progress. Rows are listed only while the list is open: a long
 * plan has thousands.
 */
export function ImportRows({ rows, busy, open, onToggle, focusId, onFix }: Props) {
  useEffect(() => {
    if (!open || focusId === null) return;
    const select = document.querySelector<HTMLSelectElement>(`#row-${CSS.escape(focusId)} select`);
    select?.scrollIntoView({ block: 'center' });
    select?.focus();
  }, [open, focusId]);
  return (
    <details className="import-rows" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>How each row of the file was read ({rows.length} rows) — change any of them</summary>
      {open && (
        <ol aria-label="Rows of the file">
          {rows.map((row) => (
            <RowLine key={row.id} row={row} busy={busy} onFix={onFix} />
          ))}
        </ol>
      )}
    </details>
  );
}
