import { chaseEmailText, groupChase, meetingParts } from '@concord/shared';
import { formatLongDate, userLocale } from '../../lib/when';
import { useSettings } from '../../data';
import { href } from '../../routing/hash-route';
import { CopyText } from '../after/copy-text';
import { MinutesView } from '../after/minutes-view';
import '../../styles/after.css';
import type { GroupPage } from './group-context';

/** After a meeting across plans: each plan's minutes (edited and exported as the plan's), and one chase list. */
export function GroupMinutesView({ page, meetingId }: { page: GroupPage; meetingId: string }) {
  const settings = useSettings();
  const meeting = page.group.meetings.find((m) => m.id === meetingId);
  if (!meeting) return <p className="panel">This group has no such meeting.</p>;
  const parts = meetingParts(page.group, meeting, page.planMap);
  const chase = groupChase(page.group, parts);
  const sender = [settings.displayName, settings.organisation].filter(Boolean).join(', ');
  const titles = parts.map((p) => p.plan.title).join(' and ');
  return (
    <div className="group-minutes">
      <h2>
        Minutes: {meeting.title || 'Meeting'}, {formatLongDate(meeting.date)}
      </h2>
      <p className="muted no-print">
        <a href={href.group(page.group.id, 'meeting', meeting.id)}>Back to the meeting</a>
      </p>
      {parts.map((part) => {
        const open = page.plans.find((p) => p.planId === part.planId);
        return (
          <section key={part.planId} className="group-part-minutes" aria-labelledby={`minutes-${part.planId}`}>
            <h3 id={`minutes-${part.planId}`}>{part.plan.title}</h3>
            <MinutesView plan={part.plan} mutators={open && !open.readOnly ? open.mutators : null} meetingId={part.meetingId} />
          </section>
        );
      })}
      <section className="panel group-chase" aria-labelledby="group-chase-h">
        <h2 id="group-chase-h">Chase list across the plans</h2>
        {chase.length === 0 ? (
          <p>Every lead on the agenda has reported.</p>
        ) : (
          chase.map((c, i) => (
            <section key={c.organisation} className="chase-group" aria-labelledby={`gchase-${i}`} data-organisation={c.organisation}>
              <h3 id={`gchase-${i}`}>
                {c.organisation || 'Actions with no lead'} ({c.items.length})
              </h3>
              <ul className="action-list">
                {c.items.map((item) => (
                  <li key={`${item.planId}/${item.actionId}`}>
                    <a href={href.action(item.planId, item.actionId)}>{item.ref ? `${item.ref.replace(/\.$/, '')} ` : ''}{item.text.split('\n')[0]}</a>{' '}
                    <span className="muted">({item.planTitle})</span>
                  </li>
                ))}
              </ul>
              <CopyText label="Email text" text={chaseEmailText(c.organisation, c.items, { planTitle: titles, sender, locale: userLocale() })} />
            </section>
          ))
        )}
      </section>
    </div>
  );
}
