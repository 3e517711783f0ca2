import { useState } from 'react';
import type { Plan } from '@concord/shared';
import { downloadFile, safeFileName } from '../lib/download';
import { defaultUpdatesSince, updateLabel } from '../lib/update-column';
import { userLocale } from '../lib/when';

const FORMATS = {
  docx: { label: 'Word (.docx)', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'Excel (.xlsx)', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { label: 'CSV (.csv)', type: 'text/csv;charset=utf-8' },
} as const;
type Format = keyof typeof FORMATS;

async function render(plan: Plan, format: Format, updatesSince: string | null): Promise<string | Uint8Array> {
  // docx, exceljs and the zip/XML code are fetched only now, the first time someone exports.
  const formats = await import('@concord/shared/formats');
  const options = { locale: userLocale(), ...(updatesSince ? { updatesSince } : {}) };
  if (format === 'csv') return formats.exportCsv(plan, options);
  return format === 'docx' ? formats.exportDocx(plan, options) : formats.exportXlsx(plan, options);
}

/** Download the plan as Word (Concordat layout), Excel or CSV, with the latest updates by default, or print it. */
export function PlanExport({ plan }: { plan: Plan }) {
  const [withUpdates, setWithUpdates] = useState(true);
  const [since, setSince] = useState(() => defaultUpdatesSince(plan));
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
      <label className="inline-check">
        <input type="checkbox" checked={withUpdates} onChange={(e) => setWithUpdates(e.currentTarget.checked)} />
        Add an “{updateLabel(since)}” column with the updates since
      </label>{' '}
      <input type="date" aria-label="Updates since" value={since} disabled={!withUpdates} onChange={(e) => setSince(e.currentTarget.value)} />
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
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
