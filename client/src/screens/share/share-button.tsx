import { useState } from 'react';
import { ShareDialog } from './share-dialog';

/** Opens the share dialog; only the plan's owner gets one. */
export function ShareButton({ planId }: { planId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Share
      </button>
      {open && <ShareDialog planId={planId} onClose={() => setOpen(false)} />}
    </>
  );
}
