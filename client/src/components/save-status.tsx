import { saveStatusOf } from '../data';
import { formatTime } from '../lib/when';

/**
 * Where a plan's changes are, in words: "N changes not yet on the server", "Saved to the server at HH:MM" (only
 * once the relay's receipt says so), or "Saved on this device".
 */
export function SaveStatus({ pendingCount, lastStoredAt }: { pendingCount: number; lastStoredAt: string | null }) {
  const status = saveStatusOf(pendingCount, lastStoredAt);
  const words =
    status.kind === 'pending'
      ? `${status.count} ${status.count === 1 ? 'change' : 'changes'} not yet on the server`
      : status.kind === 'on-server'
        ? `Saved to the server at ${formatTime(status.at)}`
        : 'Saved on this device';
  return (
    <span className={`save-status save-${status.kind}`} data-save={status.kind}>
      {words}
    </span>
  );
}
