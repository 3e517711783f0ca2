import { useEffect, useState } from 'react';
import { importText, type ImportErrorReason, type Plan } from '@concord/shared';
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

const REASONS: Record<ImportErrorReason, string> = {
  empty: 'The file is empty.',
  'no-table': 'No action table was found in this file.',
  unrecognised: 'This does not look like an action plan Concord can read.',
  'too-large': 'The file is too large to import.',
  corrupt: 'The file is damaged or not in the format its name suggests.',
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

async function readPlanFile(file: File): Promise<Stage> {
  try {
    const { plan, report } = importText(await file.text(), { fileName: file.name });
    const actions = plan.sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.actions.length, 0), 0);
    return {
      name: 'review',
      plan,
      summary: { sections: plan.sections.length, actions, warnings: report.warnings.map(warningText) },
    };
  } catch (err) {
    const reason = (err as { reason?: ImportErrorReason }).reason;
    return { name: 'failed', message: (reason && REASONS[reason]) ?? 'The file could not be read as a plan.' };
  }
}

function warningText(w: unknown): string {
  if (typeof w === 'string') return w;
  const { message, reason, line } = w as { message?: string; reason?: string; line?: number };
  const where = typeof line === 'number' ? ` (line ${line})` : '';
  return `${message ?? reason ?? 'Warning'}${where}`;
}
