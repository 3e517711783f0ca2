import { useCallback, useEffect, useState } from 'react';
import { usePlanRow } from '../../data';
import { listInvites, SharingError, type Invite } from '../../data/sharing';
import { ModalDialog } from '../meetings/modal-dialog';
import { InviteForm } from './invite-form';
import { InviteList } from './invite-list';
import { SHARING_ERRORS } from './share-words';
import '../../styles/share.css';

/** The owner's sharing controls in a modal dialog: create invite links, list them, revoke them. */
export function ShareDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const row = usePlanRow(planId);
  return (
    <ModalDialog title="Share this plan" onClose={onClose} initialFocus="input, button">
      {(close) => (
        <div className="share-dialog">
          {row?.token ? (
            <ShareControls planId={planId} serverUrl={row.serverUrl} ownerToken={row.token} />
          ) : (
            <p role="status">
              This plan is not on the server yet, so it cannot be shared. It will be added as soon as this device is
              online; then open Share again.
            </p>
          )}
          <div className="toolbar">
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}

function ShareControls({ planId, serverUrl, ownerToken }: { planId: string; serverUrl: string; ownerToken: string }) {
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    listInvites(serverUrl, planId, ownerToken).then(
      (list) => {
        setInvites(list);
        setError(null);
      },
      (err: unknown) => setError(err instanceof SharingError ? SHARING_ERRORS[err.reason] : 'The links could not be listed.'),
    );
  }, [serverUrl, planId, ownerToken]);
  useEffect(refresh, [refresh]);
  return (
    <>
      <InviteForm planId={planId} serverUrl={serverUrl} ownerToken={ownerToken} onCreated={refresh} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {invites === null ? (
        !error && <p className="loading">Loading the invite links…</p>
      ) : (
        <InviteList planId={planId} serverUrl={serverUrl} ownerToken={ownerToken} invites={invites} onChanged={refresh} />
      )}
    </>
  );
}
