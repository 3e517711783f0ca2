import { useState } from 'react';
import { sectionHeading, type ImportFixes, type ImportResult, type KnownColumnKey, type Plan, type RowFix } from '@concord/shared';
import { groupWarnings, LOOK_WORDS, summaryText } from '../lib/import-words';
import { ColumnMappingEditor } from './column-mapping-editor';
import { ImportLeads } from './import-leads';
import { ImportRows, rowPlace } from './import-rows';

interface Props {
  result: ImportResult;
  fixes: ImportFixes;
  busy: boolean;
  onFix: (fixes: ImportFixes) => void;
}

/**
 * What an import would create, and where a person fixes it before anything is written: it opens with a plain
 * summary and the rows that need a look (each one click from its place in the list of rows), then the sections,
 * every row's reading, the columns and the leads. Every fix rebuilds the preview. Nothing here writes.
 */
export function ImportPreview({ result, fixes, busy, onFix }: Props) {
  const { plan, report } = result;
  const [rowsOpen, setRowsOpen] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const looks = report.rows.filter((r) => r.look !== undefined);
  const fixRow = (id: string, fix: RowFix | null) => {
    const rowRoles = Object.fromEntries(Object.entries(fixes.rowRoles ?? {}).filter(([k]) => k !== id));
    onFix({ ...fixes, rowRoles: fix === null ? rowRoles : { ...rowRoles, [id]: fix } });
  };
  const remap = (column: string, key: KnownColumnKey | null) => onFix({ ...fixes, columnOverrides: { ...fixes.columnOverrides, [column]: key } });
  const show = (id: string) => {
    setRowsOpen(true);
    setFocusId(id);
  };
  return (
    <>
      <p className="import-opening" role="status">
        <strong>{summaryText(report)}.</strong> Found <strong>{plan.title}</strong>; nothing is saved until you import it.
      </p>
      {looks.length > 0 && (
        <ul className="import-looks" aria-label="Rows that need a look">
          {looks.map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button" onClick={() => show(r.id)}>
                {rowPlace(r)}: {r.text}
              </button>{' '}
              <span className="muted">— {LOOK_WORDS[r.look!]}</span>
            </li>
          ))}
        </ul>
      )}
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
      <ImportRows rows={report.rows} busy={busy} open={rowsOpen} onToggle={setRowsOpen} focusId={focusId} onFix={fixRow} />
      <ColumnMappingEditor mappings={report.columns} busy={busy} onRemap={remap} />
      <ImportLeads plan={plan} fixes={fixes} busy={busy} onFix={onFix} />
      <Warnings result={result} />
    </>
  );
}

function Warnings({ result }: { result: ImportResult }) {
  const warnings = groupWarnings(result.report.warnings);
  if (warnings.length === 0) return null;
  return (
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
              <th scope="row">{sectionHeading(s) || '(the document names no section)'}</th>
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
