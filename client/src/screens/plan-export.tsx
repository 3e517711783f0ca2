import { useState } from 'react';
import type { Plan } from '@concord/shared';
import { downloadFile, safeFileName } from '../lib/download';

const FORMATS = {
  docx: { label: 'Word (.docx)', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'Excel (.xlsx)', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { label: 'CSV (.csv)', type: 'text/csv;charset=utf-8' },
} as const;
type Format = keyof typeof FORMATS;

function monthAgo(): string {
  const d = new Date();
  d.setMonth(d.getMonth() - 1);
  return d.toISOString().slice(0, 10);
}

function updateLabel(since: string): string {
  const d = new Date(`${since}T12:00:00`);
  return Number.isNaN(d.getTime()) ? 'UPDATE' : `UPDATE ${d.toLocaleString('en-GB', { month: 'long', year: 'numeric' }).toUpperCase()}`;
}

async function render(plan: Plan, format: Format, updatesSince: string | null): Promise<string | Uint8Array> {
  // docx, exceljs and the zip/XML code are fetched only now, the first time someone exports.
  const formats = await import('@concord/shared/formats');
  const options = updatesSince ? { updatesSince } : {};
  if (format === 'csv') return formats.exportCsv(plan, options);
  return format === 'docx' ? formats.exportDocx(plan, options) : formats.exportXlsx(plan, options);
}

/** Download the plan as Word (Concordat layout), Excel or CSV, or print it; works offline. */
export function PlanExport({ plan }: { plan: Plan }) {
  const [withUpdates, setWithUpdates] = useState(false);
  const [since, setSince] = useState(monthAgo);
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: Format) => {
    setBusy(format);
    setError(null);
    try {
      const data = await render(plan, format, withUpdates && since ? since : null);
      downloadFile(safeFileName(plan.title, format), data, FORMATS[format].type);
    } catch {
      setError(`The ${FORMATS[format].label} file could not be made. The plan is unchanged; try again.`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <details className="plan-export">
      <summary>Export or print</summary>
      <div className="toolbar">
        {(Object.keys(FORMATS) as Format[]).map((f) => (
          <button key={f} type="button" disabled={busy !== null} onClick={() => void run(f)}>
            {busy === f ? 'Preparing…' : `Download ${FORMATS[f].label}`}
          </button>
        ))}
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <label className="inline-check">
        <input type="checkbox" checked={withUpdates} onChange={(e) => setWithUpdates(e.currentTarget.checked)} />
        Add an “{updateLabel(since)}” column with the updates since
      </label>{' '}
      <input type="date" aria-label="Updates since" value={since} disabled={!withUpdates} onChange={(e) => setSince(e.currentTarget.value)} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
