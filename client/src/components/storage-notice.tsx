import { useEffect, useState } from 'react';
import { usePersistentStorage, usePlans, type PlanRow } from '../data';

const DISMISSED_KEY = 'concord.storage-notice-dismissed';
/** Changes normally reach the server within a second or two; only those still waiting after this are at risk. */
const WAITING_MS = 8_000;

/** True once `on` has held for `ms` without a break (at once while offline: nothing will reach the server). */
function useLasting(on: boolean, ms: number): boolean {
  const [lasted, setLasted] = useState(false);
  useEffect(() => {
    setLasted(false);
    if (!on) return;
    if (!navigator.onLine) return setLasted(true);
    const timer = setTimeout(() => setLasted(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return on && lasted;
}

/** Changes on this device that the server has not confirmed, across every plan. */
export function unsyncedChanges(plans: readonly PlanRow[] | undefined): number {
  return (plans ?? []).reduce((n, p) => n + (p.pendingCount ?? (p.pendingChanges ? 1 : 0)), 0);
}

/**
 * Warns only when there is something to lose: the browser refused persistent storage (so it may clear this site's
 * data under storage pressure) and changes here are not on the server (offline, or still waiting after a few
 * seconds: every edit is unsynced for a moment, and that is no reason to alarm anyone). Says what to do about it.
 * A first visit, or a device whose changes are all on the server, sees nothing.
 */
export function StorageNotice() {
  const state = usePersistentStorage();
  const plans = usePlans();
  const unsynced = unsyncedChanges(plans);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === 'yes');
  // A dismissal lasts until everything has reached the server (once the plans are read); the next unsynced change
  // warns again.
  const allSynced = plans !== undefined && unsynced === 0;
  useEffect(() => {
    if (allSynced && dismissed) {
      localStorage.removeItem(DISMISSED_KEY);
      setDismissed(false);
    }
  }, [allSynced, dismissed]);
  const waiting = useLasting(unsynced > 0, WAITING_MS);
  if (state !== 'refused' || !waiting || dismissed) return null;
  const dismiss = () => {
    localStorage.setItem(DISMISSED_KEY, 'yes');
    setDismissed(true);
  };
  return (
    <div className="notice storage-notice" role="status" data-unsynced={unsynced}>
      <p>
        <strong>
          {unsynced} {unsynced === 1 ? 'change is' : 'changes are'} only on this device.
        </strong>{' '}
        This browser has not promised to keep Concord&rsquo;s data, and may clear it when space runs low. To keep them:
        connect to the internet so they reach the server, or install Concord as an app (the install button in the
        address bar, or Add to Home Screen), which usually stops the browser clearing it.
      </p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
