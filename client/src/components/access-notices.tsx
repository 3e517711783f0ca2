import { isAccessWithdrawn, isUpdateRefusal, refusalAdvice, refusalWords } from '../lib/refusal-words';
import { UpdateButton } from './update-button';
import '../styles/access.css';

/**
 * The server will not sync this plan with this device any more (e.g. its link was revoked). Says so plainly, and
 * that nothing on the device is lost; when access was withdrawn, that the copy is now read-only and can be exported.
 */
export function RefusedNotice({ reason }: { reason: string | null }) {
  return (
    <div className="plan-refused" role="alert" data-refused={reason ?? ''}>
      <p>
        <strong>This plan no longer syncs: {refusalWords(reason)}.</strong>
      </p>
      {isAccessWithdrawn(reason) ? (
        <p data-withdrawn="yes">
          Your copy stays on this device, read-only: everything in it, including changes that had not reached the
          server, is kept, and <strong>Export or print</strong> saves it as a document. {refusalAdvice(reason)}
        </p>
      ) : (
        <p>
          Everything on this device stays here, including changes made since, but they will not reach anyone else.{' '}
          {refusalAdvice(reason)}
        </p>
      )}
      {isUpdateRefusal(reason) && <UpdateButton />}
    </div>
  );
}

/** A viewer's plan: read-only, and why. */
export function ViewOnlyNotice() {
  return (
    <p className="view-only-notice" role="note" data-view-only="yes">
      <strong>View only.</strong> You were invited to view this plan: you can read and export it, but not change it.
    </p>
  );
}

/** One line for a plan in the plans list: refused, or view only; nothing otherwise. */
export function AccessLine({ role, refusedReason }: { role?: string | null; refusedReason?: string | null }) {
  if (refusedReason) return <p className="refused-line" data-refused={refusedReason}>Not syncing: {refusalWords(refusedReason)}.</p>;
  if (role === 'viewer') return <p className="role-line muted">View only</p>;
  return null;
}
