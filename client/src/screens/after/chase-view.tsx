import { chaseEmailText, chaseList, resolveSince, type ChaseItem, type Plan } from '@concord/shared';
import { useSettings } from '../../data';
import { formatShortDate, todayIso, userLocale } from '../../lib/when';
import { ActionLine } from './action-ref';
import { PositionLine } from '../../components/position-line';
import { CopyText } from './copy-text';
import { SincePicker, useSince } from './since-picker';

/**
 * Per lead: their open actions with no update since the last meeting, and an email asking for one. Actions whose
 * lead a meeting marked absent come first (and their leads first), marked.
 */
export function ChaseView({ plan }: { plan: Plan }) {
  const [since, setSince] = useSince(plan);
  const settings = useSettings();
  const groups = chaseList(plan, since, todayIso());
  const from = resolveSince(plan, since).from || null;
  const sender = [settings.displayName, settings.organisation].filter(Boolean).join(', ');
  return (
    <>
      <SincePicker plan={plan} value={since} onChange={setSince} />
      {groups.length === 0 ? (
        <p className="panel">Every lead has reported: no open action is waiting for an update.</p>
      ) : (
        <p className="muted">
          {groups.length} {groups.length === 1 ? 'lead' : 'leads'} to chase. Each email is plain text, ready to paste.
        </p>
      )}
      {groups.map((g, i) => (
        <section key={g.lead} className="panel chase-group" aria-labelledby={`chase-${i}`} data-lead={g.lead}>
          <h2 id={`chase-${i}`}>
            {g.lead || 'Actions with no lead'} ({g.items.length})
          </h2>
          <ChaseItems items={g.items} planId={plan.id} label={`Actions of ${g.lead || 'no lead'}`} />
          <CopyText label="Email text" text={chaseEmailText(g.lead, g.items, { planTitle: plan.title, since: from?.slice(0, 10) ?? null, sender, locale: userLocale() })} />
        </section>
      ))}
    </>
  );
}

/** A lead's actions to chase, each with its current position; a lead-absent one says which meeting. */
function ChaseItems({ items, planId, label }: { items: readonly ChaseItem[]; planId: string; label: string }) {
  return (
    <ul className="action-list chase-items" aria-label={label}>
      {items.map((item) => (
        <li key={item.actionId} data-lead-absent={item.leadAbsentAt ? 'yes' : 'no'}>
          <ActionLine action={item} planId={planId} />
          {item.leadAbsentAt && <strong className="tag lead-absent">Lead absent at the meeting of {formatShortDate(item.leadAbsentAt)}</strong>}
          {item.overdue && <strong className="tag overdue">Overdue</strong>}
          <PositionLine position={item.position} lines={3} />
        </li>
      ))}
    </ul>
  );
}
