import { lazy, Suspense, useEffect, useRef } from 'react';
import { href, useRoute, type Route } from './routing/hash-route';
import { PlansScreen } from './screens/plans-screen';
import { StorageNotice } from './components/storage-notice';
import { UpdateBanner } from './components/update-banner';

// Everything that needs Yjs is behind this boundary, so the plans list loads without it.
const PlanScreen = lazy(() => import('./screens/plan-screen'));
const AfterScreen = lazy(() => import('./screens/after/after-screen'));
const MyActionsScreen = lazy(() => import('./screens/my-actions/my-actions-screen'));
const MeetingsScreen = lazy(() => import('./screens/meetings/meetings-screen'));
const JoinScreen = lazy(() => import('./screens/join-screen'));
const LeadsScreen = lazy(() => import('./screens/leads-screen'));
const GroupScreen = lazy(() => import('./screens/groups/group-screen'));
const JoinGroupScreen = lazy(() => import('./screens/groups/join-group-screen'));
const RequestScreen = lazy(() => import('./screens/requests/request-screen'));
const RoundsScreen = lazy(() => import('./screens/requests/rounds-screen'));

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const screen = screenOf(route);
  const first = useRef(true);
  // A new screen is a new page to a screen reader: start reading it from the top. Opening or closing the
  // action editor is not (the dialog manages focus itself).
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [screen]);
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
        <a className="header-link" href={href.myActions()}>
          My actions
        </a>
      </header>
      <StorageNotice />
      <UpdateBanner />
      <main id="main" tabIndex={-1} ref={main}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route.name === 'plans' && <PlansScreen />}
          {route.name === 'plan' && <PlanScreen planId={route.planId} actionId={null} />}
          {route.name === 'action' && <PlanScreen planId={route.planId} actionId={route.actionId} />}
          {(route.name === 'meetings' || route.name === 'meeting') && (
            <MeetingsScreen planId={route.planId} meetingId={route.name === 'meeting' ? route.meetingId : null} />
          )}
          {route.name === 'after' && <AfterScreen planId={route.planId} view={route.view} meetingId={route.meetingId} />}
          {route.name === 'my-actions' && <MyActionsScreen />}
          {route.name === 'leads' && <LeadsScreen planId={route.planId} />}
          {route.name === 'join' && <JoinScreen planId={route.planId} token={route.token} />}
          {route.name === 'group' && <GroupScreen groupId={route.groupId} view={route.view} meetingId={route.meetingId} />}
          {route.name === 'join-group' && <JoinGroupScreen groupId={route.groupId} token={route.token} />}
          {route.name === 'request' && <RequestScreen requestId={route.requestId} token={route.token} />}
          {route.name === 'requests' && <RoundsScreen planId={route.planId} />}
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

function screenOf(route: Route): string {
  if (route.name === 'meeting') return `meeting:${route.meetingId}`;
  if (route.name === 'group') return `group:${route.groupId}:${route.view}:${route.meetingId ?? ''}`;
  return route.name === 'action' || route.name === 'plan' ? `plan:${route.planId}` : route.name;
}
