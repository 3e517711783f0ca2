import { lazy, Suspense, useState } from 'react';
import { usePlans } from '../data';
import { href } from '../routing/hash-route';
import { RagCounts } from '../components/rag-counts';
import { formatDateTime } from '../lib/when';
import { DeviceSettingsForm } from './device-settings-form';
import { NewPlanForm } from './new-plan-form';

// The importer is large and only needed once a file is chosen.
const ImportPanel = lazy(() => import('./import-panel'));

export function PlansScreen() {
  const plans = usePlans();
  const [file, setFile] = useState<File | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <div className="plans-screen">
      <h1>Plans on this device</h1>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setCreating(true)} aria-expanded={creating}>
          New plan
        </button>
        <label className="button file-button">
          Import a plan
          <input
            type="file"
            accept=".txt,text/plain"
            className="visually-hidden"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {creating && <NewPlanForm onCancel={() => setCreating(false)} />}
      {file && (
        <Suspense fallback={<p className="loading">Opening the importer…</p>}>
          <ImportPanel file={file} onCancel={() => setFile(null)} />
        </Suspense>
      )}
      {plans === undefined ? (
        <p className="loading">Loading plans…</p>
      ) : plans.length === 0 ? (
        <p className="empty">No plans on this device yet. Start a new plan, import one, or open a link to a shared plan.</p>
      ) : (
        <ul className="plan-list">
          {plans.map((p) => (
            <li key={p.id} className="plan-card">
              <h2>
                <a href={href.plan(p.id)}>{p.title || 'Untitled plan'}</a>
              </h2>
              <RagCounts counts={p.ragCounts} />
              <p className="muted">
                Last synced: {formatDateTime(p.lastSyncedAt)}
                {p.pendingChanges && <strong className="pending"> · Changes not yet on the server</strong>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <DeviceSettingsForm />
    </div>
  );
}
