import { KNOWN_COLUMN_KEYS, overrideKey, type ColumnMapping, type KnownColumnKey } from '@concord/shared';
import { FIELD_NAMES } from '../lib/import-words';

interface Props {
  mappings: readonly ColumnMapping[];
  busy: boolean;
  onRemap: (column: string, key: KnownColumnKey | null) => void;
}

interface SourceColumn {
  id: string;
  label: string;
  key: string;
  by: ColumnMapping['columns'][number]['by'];
}

const CUSTOM = 'custom';
const BY: Record<SourceColumn['by'], string> = {
  header: 'matched by its heading',
  content: 'matched by its contents',
  user: 'your choice',
  none: 'not matched',
};

/** Each distinct source column once, even when its header row repeats in every section. */
function sourceColumns(mappings: readonly ColumnMapping[]): SourceColumn[] {
  const seen = new Map<string, SourceColumn>();
  for (const m of mappings) {
    m.columns.forEach((c, i) => {
      const id = overrideKey(c.label, i);
      if (!seen.has(id)) seen.set(id, { id, label: c.label.trim(), key: c.key, by: c.by });
    });
  }
  return [...seen.values()];
}

function isKnown(key: string): key is KnownColumnKey {
  return (KNOWN_COLUMN_KEYS as readonly string[]).includes(key);
}

/** Source column -> field, editable; a change rebuilds the preview with the user's mapping. */
export function ColumnMappingEditor({ mappings, busy, onRemap }: Props) {
  const columns = sourceColumns(mappings);
  return (
    <table className="import-columns">
      <caption>Columns: what each column of the file becomes</caption>
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">Becomes</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c) => {
          const name = c.label || `Unlabelled column ${c.id.slice(1)}`;
          return (
            <tr key={c.id}>
              <th scope="row">{name}</th>
              <td>
                <select
                  aria-label={`Column “${name}” becomes`}
                  value={isKnown(c.key) ? c.key : CUSTOM}
                  disabled={busy}
                  onChange={(e) => onRemap(c.id, e.currentTarget.value === CUSTOM ? null : (e.currentTarget.value as KnownColumnKey))}
                >
                  {KNOWN_COLUMN_KEYS.map((k) => (
                    <option key={k} value={k}>
                      {FIELD_NAMES[k]}
                    </option>
                  ))}
                  <option value={CUSTOM}>Keep as a custom column</option>
                </select>{' '}
                <span className="muted">({BY[c.by]})</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
