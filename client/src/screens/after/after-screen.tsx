import { lazy, Suspense } from 'react';
import '../../styles/after.css';
import { usePlan } from '../../data/plan';
import { ViewOnlyNotice } from '../../components/access-notices';
import { SyncIndicator } from '../../components/sync-indicator';
import { href, type AfterView } from '../../routing/hash-route';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AfterNav } from './after-nav';
import { MinutesView } from './minutes-view';
import { ChangesView } from './changes-view';
import { ChaseView } from './chase-view';

// Chart.js is only needed here: its own chunk, loaded when the dashboard opens.
const DashboardView = lazy(() => import('./dashboard-view'));

const TITLES: Record<AfterView, string> = {
  minutes: 'Minutes',
  changes: 'Changes since the last meeting',
  chase: 'Chase list',
  dashboard: 'Dashboard',
};

interface Props {
  planId: string;
  view: AfterView;
  meetingId: string | null;
}

/** A plan's after-the-meeting views: minutes, changes since, chase list and dashboard. */
export default function AfterScreen({ planId, view, meetingId }: Props) {
  const { plan, mutators, syncState, readOnly, viewer } = usePlan(planId);
  useDocumentTitle(plan ? `${TITLES[view]} · ${plan.title}` : null);
  if (!plan || !mutators) {
    return (
      <section className="panel">
        <SyncIndicator state={syncState} />
        <p className="loading">Opening the plan…</p>
      </section>
    );
  }
  return (
    <div className={`after-screen after-${view}`}>
      <div className="plan-head no-print">
        <p className="crumbs">
          <a href={href.plans()}>Plans on this device</a> › <a href={href.plan(planId)}>{plan.title}</a>
        </p>
        <SyncIndicator state={syncState} />
      </div>
      <AfterNav planId={planId} current={view} />
      {viewer && <ViewOnlyNotice />}
      <h1>
        {TITLES[view]} <span className="muted plan-title-suffix">· {plan.title}</span>
      </h1>
      {view === 'minutes' && <MinutesView plan={plan} mutators={readOnly ? null : mutators} meetingId={meetingId} />}
      {view === 'changes' && <ChangesView plan={plan} />}
      {view === 'chase' && <ChaseView plan={plan} />}
      {view === 'dashboard' && (
        <Suspense fallback={<p className="loading">Loading the charts…</p>}>
          <DashboardView plan={plan} />
        </Suspense>
      )}
    </div>
  );
}
