import { lazy, Suspense } from 'react';
import { href, useRoute } from './routing/hash-route';
import { PlansScreen } from './screens/plans-screen';
import { StorageNotice } from './components/storage-notice';

// Everything that needs Yjs is behind this boundary, so the plans list loads without it.
const PlanScreen = lazy(() => import('./screens/plan-screen'));

export function App() {
  const route = useRoute();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={href.plans()}>
          <img src="/icons/icon-192.png" alt="" width="32" height="32" />
          <span>Concord</span>
        </a>
      </header>
      <StorageNotice />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route.name === 'plans' && <PlansScreen />}
          {route.name === 'plan' && <PlanScreen planId={route.planId} actionId={null} />}
          {route.name === 'action' && <PlanScreen planId={route.planId} actionId={route.actionId} />}
          {route.name === 'not-found' && (
            <section className="panel">
              <h1>Page not found</h1>
              <p>
                There is nothing at this address. <a href={href.plans()}>Go to the plans on this device</a>.
              </p>
            </section>
          )}
        </Suspense>
      </main>
    </>
  );
}
