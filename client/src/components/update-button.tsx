import { useState } from 'react';
import { applyUpdate } from '../lib/app-update';

/**
 * "Update Concord": one click moves the page to the newest version the server has (see applyUpdate). Says so
 * when the server has none yet, rather than spinning.
 */
export function UpdateButton() {
  const [state, setState] = useState<'idle' | 'updating' | 'no-update'>('idle');
  const update = () => {
    setState('updating');
    void applyUpdate().then((outcome) => setState(outcome === 'no-update' ? 'no-update' : 'updating'));
  };
  return (
    <span className="update-button">
      <button type="button" className="primary" onClick={update} disabled={state === 'updating'}>
        {state === 'updating' ? 'Updating Concord…' : 'Update Concord'}
      </button>
      {state === 'no-update' && (
        <span role="status" data-update-result="none">
          {' '}
          The server has no newer version of Concord yet. Try again later.
        </span>
      )}
    </span>
  );
}
