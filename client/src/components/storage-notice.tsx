import { useEffect, useState } from 'react';
import { usePersistentStorage, usePlans, type PlanRow } from '../data';

const DISMISSED_KEY = 'concord.storage-notice-dismissed';

/** Changes on this device that the server has not confirmed, across every plan. */
export function unsyncedChanges(plans: readonly PlanRow[] | undefined): number {
  return (plans ?? []).reduce((n, p) => n + (p.pendingCount ?? (p.pendingChanges ? 1 : 0)), 0);
}

/**
 * Warns only when there is something to lose: the browser refused persistent storage (so it may clear this site's
 * data under storage pressure) and changes here are not yet on the server. Says what to do about it. A first
 * visit, or a device whose changes are all on the server, sees nothing.
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
  if (state !== 'refused' || unsynced === 0 || dismissed) return null;
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
