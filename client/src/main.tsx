import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { openPlanEarly, rebuildCatalogue, startGroupsIfAny, startRegistration } from './data';
import { parseRoute } from './routing/hash-route';
import { startAppUpdates } from './lib/app-update';
import './styles/app.css';
import './styles/import-export.css';
import './styles/print.css';

// Opened on a plan: its stored copy starts loading while the app renders (a join link waits for its token).
const route = parseRoute(location.hash);
if ('planId' in route && route.name !== 'join') openPlanEarly(route.planId);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker precaches the app so it opens offline; registering after first render keeps startup quick.
// A new version is offered by the update banner and installed only when the person clicks.
void startAppUpdates();

// Plans whose catalogue row went missing (the docs are the truth) reappear in the list.
void rebuildCatalogue().catch(() => {});

// Plans made on this device while offline get onto the server (and an owner token) once it is reachable.
startRegistration();

// Working groups on this device stay open, so a plan added to one appears (and syncs) with no new link.
void startGroupsIfAny().catch(() => {});
