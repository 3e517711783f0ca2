import type { ColumnChoice } from '../lib/table-columns';

/** Which columns the plan table shows: one checkbox each, remembered for this plan on this device. */
export function ColumnChooser({ choice }: { choice: ColumnChoice }) {
  return (
    <details className="column-chooser">
      <summary>Columns</summary>
      <fieldset>
        <legend className="visually-hidden">Columns shown in the table</legend>
        {choice.all.map((c) => (
          <label key={c.key} className="inline-check">
            <input type="checkbox" checked={choice.isShown(c.key)} onChange={(e) => choice.set(c.key, e.currentTarget.checked)} />
            {c.label || 'Unlabelled column'}
          </label>
        ))}
      </fieldset>
      <p className="hint">Remembered for this plan on this device. Empty columns of the plan start hidden.</p>
    </details>
  );
}
