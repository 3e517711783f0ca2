import { lazy, Suspense, useState } from 'react';
import { usePlans } from '../data';
import { href } from '../routing/hash-route';
import { RagCounts } from '../components/rag-counts';
import { SaveStatus } from '../components/save-status';
import { AccessLine } from '../components/access-notices';
import { DeviceSettingsForm } from './device-settings-form';
import { GroupsPanel } from './groups/groups-panel';
import { NewPlanForm } from './new-plan-form';
import { ImportChooser } from './import-chooser';
import type { ImportSource } from '../lib/import-source';

// The importer is large and only needed once a file is chosen.
const ImportPanel = lazy(() => import('./import-panel'));

export function PlansScreen() {
  const plans = usePlans();
  const [source, setSource] = useState<ImportSource | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <div className="plans-screen">
      <h1>Plans on this device</h1>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setCreating(true)} aria-expanded={creating}>
          New plan
        </button>
      </div>
      <ImportChooser onChoose={setSource} />
      {creating && <NewPlanForm onCancel={() => setCreating(false)} />}
      {source && (
        <Suspense fallback={<p className="loading">Opening the importer…</p>}>
          <ImportPanel source={source} onCancel={() => setSource(null)} />
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
                <SaveStatus pendingCount={p.pendingCount ?? (p.pendingChanges ? 1 : 0)} lastStoredAt={p.lastSyncedAt} />
              </p>
              <AccessLine role={p.role} refusedReason={p.refusedReason} />
            </li>
          ))}
        </ul>
      )}
      <GroupsPanel />
      <DeviceSettingsForm />
    </div>
  );
}
