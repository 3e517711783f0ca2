import { useState } from 'react';
import { usePersistentStorage } from '../data';

/** Tells the user when the browser may clear offline plans, because then unsynced edits could be lost. */
export function StorageNotice() {
  const state = usePersistentStorage();
  const [dismissed, setDismissed] = useState(false);
  if (state !== 'refused' || dismissed) return null;
  return (
    <div className="notice" role="status">
      <p>
        This browser has not agreed to keep Concord’s data permanently. It may clear plans stored on this device
        when it runs low on space, so sync your changes when you can. Installing Concord as an app usually fixes this.
      </p>
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
