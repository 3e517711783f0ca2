import { useState } from 'react';
import { usePersistentStorage } from '../data';

const DISMISSED_KEY = 'concord.storage-notice-dismissed';

/** Tells the user when the browser may clear offline plans, because then unsynced edits could be lost. */
export function StorageNotice() {
  const state = usePersistentStorage();
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === 'yes');
  if (state !== 'refused' || dismissed) return null;
  const dismiss = () => {
    localStorage.setItem(DISMISSED_KEY, 'yes');
    setDismissed(true);
  };
  return (
    <div className="notice storage-notice" role="status">
      <p>
        This browser may clear plans stored here when space runs low, so sync your changes when you can. Installing
        Concord as an app usually stops this.
      </p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
