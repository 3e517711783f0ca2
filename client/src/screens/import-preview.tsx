import type { ImportResult, KnownColumnKey, Plan } from '@concord/shared';
import { groupWarnings } from '../lib/import-words';
import { ColumnMappingEditor } from './column-mapping-editor';

interface Props {
  result: ImportResult;
  busy: boolean;
  onRemap: (column: string, key: KnownColumnKey | null) => void;
}

/** What an import would create: structure, column mapping (editable) and warnings. Nothing here writes. */
export function ImportPreview({ result, busy, onRemap }: Props) {
  const { plan, report } = result;
  const warnings = groupWarnings(report.warnings);
  return (
    <>
      <p>
        Found <strong>{plan.title}</strong>. Nothing is saved until you import it.
      </p>
      <ul className="import-summary" aria-label="What the file contains">
        <li>
          <strong>{report.sections.length}</strong> sections
        </li>
        <li>
          <strong>{subHeadingCount(plan)}</strong> sub-headings
        </li>
        <li>
          <strong>{report.actions}</strong> actions
        </li>
        <li>
          <strong>{report.warnings.length}</strong> warnings
        </li>
      </ul>
      <SectionTable plan={plan} />
      <ColumnMappingEditor mappings={report.columns} busy={busy} onRemap={onRemap} />
      {warnings.length > 0 && (
        <div className="import-warnings">
          <h3>Warnings</h3>
          <ul aria-label="Warnings">
            {warnings.map((g) => (
              <li key={g.reason} data-reason={g.reason}>
                <details>
                  <summary>
                    {g.items.length > 1 ? `${g.items.length}: ` : ''}
                    {g.text}
                  </summary>
                  <ul className="warning-items">
                    {g.items.slice(0, 50).map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function subHeadingCount(plan: Plan): number {
  return plan.sections.reduce((n, s) => n + s.groups.filter((g) => g.title).length, 0);
}

function SectionTable({ plan }: { plan: Plan }) {
  return (
    <table className="import-structure">
      <caption>Sections found</caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Sub-headings</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {plan.sections.map((s) => {
          const titled = s.groups.filter((g) => g.title);
          return (
            <tr key={s.id} className="import-section">
              <th scope="row">
                {s.number && `${s.number}. `}
                {s.title || '(untitled section)'}
              </th>
              <td>
                {titled.length === 0
                  ? '—'
                  : titled.map((g) => (
                      <div key={g.id}>
                        {g.title} ({g.actions.length})
                      </div>
                    ))}
              </td>
              <td className="import-section-actions">{s.groups.reduce((n, g) => n + g.actions.length, 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
