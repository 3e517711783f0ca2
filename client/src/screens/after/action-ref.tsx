import { headline, type ActionSummary } from '@concord/shared';

/** "1.2" from a ref like "1.2." (the trailing dot is how Word plans number rows). */
export const refLabel = (ref: string | null): string => (ref ? ref.replace(/\.$/, '') : '');

/** An action as one line: ref (when it has one) and the first line of its text, linked to the action. */
export function ActionLine({ action, planId }: { action: ActionSummary; planId: string }) {
  const ref = refLabel(action.ref);
  return (
    <a href={`#/plan/${planId}/action/${action.actionId}`} className="action-line">
      {ref && <span className="action-ref">{ref}</span>} {headline(action.text, 120)}
    </a>
  );
}

/** A list of actions, or a muted line saying there are none. */
export function ActionList({ actions, planId, empty, label }: { actions: readonly ActionSummary[]; planId: string; empty: string; label: string }) {
  if (actions.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="action-list" aria-label={label}>
      {actions.map((a) => (
        <li key={a.actionId}>
          <ActionLine action={a} planId={planId} />
          {a.leads.length > 0 && <span className="muted"> · {a.leads.join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}
