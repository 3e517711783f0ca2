import { whenLocalWritesStored } from './local-writes';
import { setUpdateReady, versionFacts } from './version-facts';

// The service worker in "prompt" mode: a new version installs in the background and waits. The page says so (the
// update banner) and moves to it only when the person clicks, after every open plan's writes have reached
// IndexedDB; a page that did not ask (another tab, mid-sentence) is never reloaded under anyone's hands.

/** How often an open app asks the server whether a new version is out (also on coming back online). */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** The longest an update click waits for a version the server has to install before saying there is none. */
const INSTALL_GRACE_MS = 30_000;

/** This page asked the waiting worker to take over: when it does, this page reloads into it. */
let requested = false;

/** Registers the service worker (after first render) and keeps asking for new versions. */
export async function startAppUpdates(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const controlledAtStart = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Another tab moved the worker on: this page now runs older code than it. (The first install taking control
    // of a fresh page is not an update; a page that asked is reloading already.)
    if (controlledAtStart && !requested) setUpdateReady(true);
  });
  const { registerSW } = await import('virtual:pwa-register');
  registerSW({
    immediate: true,
    onNeedRefresh: () => setUpdateReady(true),
    // Without this the plugin reloads the page when the new worker takes over; applyUpdate reloads, and only then.
    onNeedReload: () => {},
  });
  setInterval(() => void checkForUpdate(), CHECK_EVERY_MS);
  window.addEventListener('online', () => void checkForUpdate());
}

/** The page's service worker registration, asked of the browser (so it is there before the plugin reports it). */
async function currentRegistration(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  return (await navigator.serviceWorker.getRegistration().catch(() => undefined)) ?? null;
}

/** Asks the server for a new version now (it installs in the background; the banner appears when it is ready). */
export async function checkForUpdate(): Promise<void> {
  await (await currentRegistration())?.update().catch(() => undefined);
}

/** What an update click led to: the page is reloading into the new version, or the server has none. */
export type UpdateOutcome = 'reloading' | 'no-update';

/**
 * Moves this page to the newest version: with a version installed and waiting, finishes every open plan's writes,
 * lets the new worker take over and reloads; with none, asks the server first. A page left behind by another
 * tab's update just reloads. Without a service worker (development) it reloads.
 */
export async function applyUpdate(): Promise<UpdateOutcome> {
  const reg = await currentRegistration();
  if (!reg) return reloadNow();
  if (!reg.waiting) {
    await reg.update().catch(() => undefined);
    await installed(reg);
  }
  const waiting = reg.waiting;
  if (waiting) {
    requested = true;
    await whenLocalWritesStored();
    const takenOver = nextControllerChange();
    // The generated worker (prompt mode) takes over on this message.
    waiting.postMessage({ type: 'SKIP_WAITING' });
    await takenOver;
    location.reload();
    return 'reloading';
  }
  return versionFacts().updateReady ? reloadNow() : 'no-update';
}

async function reloadNow(): Promise<UpdateOutcome> {
  await whenLocalWritesStored();
  location.reload();
  return 'reloading';
}

/** Resolves when a new worker takes control of this page (or after a grace period, so a click never hangs). */
function nextControllerChange(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, INSTALL_GRACE_MS);
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      clearTimeout(timer);
      done();
    }, { once: true });
  });
}

/** Resolves once a worker that is installing has finished (installed or failed), or at once when none is. */
function installed(reg: ServiceWorkerRegistration): Promise<void> {
  const worker = reg.installing;
  if (!worker) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(done, INSTALL_GRACE_MS);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installing') return;
      clearTimeout(timer);
      done();
    });
  });
}
