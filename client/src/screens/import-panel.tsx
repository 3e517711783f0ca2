import { useEffect, useState } from 'react';
import { importText, type ImportErrorReason, type ImportWarning, type ImportWarningReason, type Plan } from '@concord/shared';
import { createPlanFromJson } from '../data/plan';
import { href, navigate } from '../routing/hash-route';

interface Props {
  file: File;
  onCancel: () => void;
}

type Stage =
  | { name: 'reading' }
  | { name: 'review'; plan: Plan; summary: ImportSummary }
  | { name: 'failed'; message: string }
  | { name: 'saving'; plan: Plan; summary: ImportSummary };

interface ImportSummary {
  sections: number;
  actions: number;
  warnings: string[];
}

// Partial: the importer gains reasons over time; an unknown one still gets a sentence and its detail.
const REASONS: Partial<Record<ImportErrorReason, string>> = {
  empty: 'The file is empty.',
  'no-table': 'No action table was found in this file.',
  unrecognised: 'This does not look like an action plan Concord can read.',
  'too-large': 'The file is too large to import.',
  corrupt: 'The file is damaged or not in the format its name suggests.',
  encrypted: 'The file is password-protected. Save an unprotected copy and import that.',
  'unsupported-format': 'Concord cannot read this kind of file. Save the plan as text (.txt) and import that.',
  ragged: 'The table in this file is too irregular to read reliably.',
};

/** Reads a plan file, shows what was found, and writes nothing until the user confirms. */
export default function ImportPanel({ file, onCancel }: Props) {
  const [stage, setStage] = useState<Stage>({ name: 'reading' });
  useEffect(() => {
    let live = true;
    void readPlanFile(file).then((s) => live && setStage(s));
    return () => {
      live = false;
    };
  }, [file]);

  const confirm = async (plan: Plan, summary: ImportSummary) => {
    setStage({ name: 'saving', plan, summary });
    try {
      navigate(href.plan(await createPlanFromJson(plan)));
    } catch {
      setStage({ name: 'failed', message: 'The plan could not be saved on this device. Nothing was changed.' });
    }
  };
  return (
    <section className="panel import-panel" aria-labelledby="import-h" aria-busy={stage.name === 'reading'}>
      <h2 id="import-h">Import “{file.name}”</h2>
      {stage.name === 'reading' && <p className="loading">Reading the file…</p>}
      {stage.name === 'failed' && (
        <p className="error" role="alert">
          {stage.message}
        </p>
      )}
      {(stage.name === 'review' || stage.name === 'saving') && <ImportReview title={stage.plan.title} summary={stage.summary} />}
      <div className="toolbar">
        {(stage.name === 'review' || stage.name === 'saving') && (
          <button
            type="button"
            className="primary"
            disabled={stage.name === 'saving'}
            onClick={() => void confirm(stage.plan, stage.summary)}
          >
            Import this plan
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function ImportReview({ title, summary }: { title: string; summary: ImportSummary }) {
  return (
    <>
      <p>
        Found <strong>{title}</strong>. Nothing is saved until you import it.
      </p>
      <ul className="import-summary" aria-label="What the file contains">
        <li>
          <strong>{summary.sections}</strong> sections
        </li>
        <li>
          <strong>{summary.actions}</strong> actions
        </li>
        <li>
          <strong>{summary.warnings.length}</strong> warnings
        </li>
      </ul>
      {summary.warnings.length > 0 && (
        <details>
          <summary>Show warnings</summary>
          <ul className="warnings">
            {summary.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

const WARNINGS: Partial<Record<ImportWarningReason, string>> = {
  'row-padded': 'A row had fewer cells than its header; the missing cells were left empty',
  'continuation-row': 'A row with no number was joined to the action above',
  'unnumbered-action': 'An action has no number',
  'cell-unplaced': 'A row had more cells than its header; the extra cells were kept as extra columns',
  'rag-empty': 'No RAG ratings in the file (in Word they are cell colours); rate actions in Concord',
  'rag-unrecognised': 'A RAG cell was not a rating; its text was kept in the progress',
  'column-overruled': 'A column’s contents did not match its header; it was kept as an extra column',
  'ref-unrecognised': 'A number cell held more than a number; the text was kept in the action',
  'section-number': 'A section heading had several numbers; one was chosen',
  'no-header': 'No header row was found; columns were matched by their contents',
  'duplicate-rendition': 'A second copy of the plan after the tables was skipped',
  'rendition-text-kept': 'Text found only in the second copy was kept as a note',
};

async function readPlanFile(file: File): Promise<Stage> {
  try {
    const { plan, report } = importText(await file.text(), { fileName: file.name });
    return {
      name: 'review',
      plan,
      summary: { sections: report.sections.length, actions: report.actions, warnings: report.warnings.map(warningText) },
    };
  } catch (err) {
    const reason = (err as { reason?: ImportErrorReason }).reason;
    return { name: 'failed', message: (reason && REASONS[reason]) ?? 'The file could not be read as a plan.' };
  }
}

function warningText(w: ImportWarning): string {
  const where = w.line === undefined ? '' : `Line ${w.line}: `;
  return `${where}${WARNINGS[w.reason] ?? w.reason}${w.detail ? ` (${w.detail})` : ''}`;
}
