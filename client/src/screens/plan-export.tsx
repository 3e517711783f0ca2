import { useState } from 'react';
import { heldMeetings, latestUpdate, liveActions, type Plan } from '@concord/shared';
import { dateFormatter } from '@concord/shared/dates';
import { downloadFile, safeFileName } from '../lib/download';
import { todayIso, userLocale } from '../lib/when';

const FORMATS = {
  docx: { label: 'Word (.docx)', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'Excel (.xlsx)', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { label: 'CSV (.csv)', type: 'text/csv;charset=utf-8' },
} as const;
type Format = keyof typeof FORMATS;

/**
 * Where the updates column starts by default: the day of the last meeting held (so it reads "UPDATE <that month>",
 * the updates that meeting gave and any since), else the first of the month of the latest update, else a month ago.
 */
export function defaultUpdatesSince(plan: Plan, today = todayIso()): string {
  const meeting = heldMeetings(plan).filter((m) => m.date <= today).at(-1);
  if (meeting) return meeting.date;
  const latest = latestUpdate(liveActions(plan).flatMap((p) => p.action.updates));
  if (latest) return `${latest.date.slice(0, 7)}-01`;
  const d = new Date(`${today}T12:00:00`);
  d.setMonth(d.getMonth() - 1);
  return todayIso(d);
}

/**
 * "UPDATE NOVEMBER 2015": the export's heading for the update column (the Concordat plans' own English spelling,
 * as the export writes it), shown before the formats code is loaded.
 */
function updateLabel(since: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(since) ? new Date(`${since}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime())) return 'UPDATE';
  return `UPDATE ${dateFormatter('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d).toUpperCase()}`;
}

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
