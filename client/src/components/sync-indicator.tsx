import type { SyncState } from '../data';
import { SaveStatus } from './save-status';
import { refusalWords } from '../lib/refusal-words';

const WORDS = {
  offline: 'Offline: changes are saved on this device',
  connecting: 'Connecting to the server…',
  synced: 'Synced with the server',
  refused: 'The server refused this plan',
  held: 'Not syncing until Concord is updated',
} as const;

/** Connection state in words (never colour alone), announced politely to screen readers as it changes. */
export function SyncIndicator({ state }: { state: SyncState }) {
  const { connection, pending, pendingCount, lastSyncedAt, refusedReason } = state;
  const detail =
    connection === 'refused' ? (
      refusalWords(refusedReason)
    ) : connection === 'held' ? (
      pending ? `${Math.max(pendingCount, 1)} ${pendingCount === 1 ? 'change' : 'changes'} kept on this device` : null
    ) : (
      <SaveStatus pendingCount={pending ? Math.max(pendingCount, 1) : 0} lastStoredAt={lastSyncedAt} />
    );
  return (
    <div className={`sync-indicator sync-${connection}`} role="status" aria-live="polite" data-sync={connection}>
      <span className="sync-dot" aria-hidden="true" />
      <span className="sync-words">{WORDS[connection]}</span>
      {detail && <span className="sync-detail" data-pending={pending ? 'yes' : 'no'}>{detail}</span>}
    </div>
  );
}
