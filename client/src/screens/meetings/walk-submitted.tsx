import { useSubmittedUpdates } from '../../data/requests';
import { RagBadge } from '../../components/rag-badge';
import { formatShortDate } from '../../lib/when';

/**
 * The lead's update submitted before the meeting, first thing on the action: the room reads it instead of hearing
 * progress read out. A proposed rating stays a proposal until the meeting rates the action.
 */
export function WalkSubmitted({ planId, actionId }: { planId: string; actionId: string }) {
  const submitted = useSubmittedUpdates(planId).get(actionId);
  if (!submitted) return null;
  return (
    <section className="walk-submitted" aria-labelledby="walk-submitted-h">
      <h3 id="walk-submitted-h">
        Submitted by {submitted.lead}, {formatShortDate(submitted.submittedAt.slice(0, 10))}
        {submitted.accepted && <span className="muted"> (accepted into the plan)</span>}
      </h3>
      {submitted.text !== '' && <p className="walk-submitted-text">{submitted.text}</p>}
      {submitted.proposedRag !== null && (
        <p>
          Proposed rating <RagBadge rag={submitted.proposedRag} /> (the meeting confirms it)
        </p>
      )}
    </section>
  );
}
