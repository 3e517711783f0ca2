import { meetingProgress, type Meeting, type Plan } from '@concord/shared';
import { href } from '../../routing/hash-route';
import { formatShortDate } from '../../lib/when';
import { MEETING_STATE_WORDS } from './meeting-words';

/** The plan's meetings, newest first, with where each walk-through got to. */
export function MeetingList({ plan }: { plan: Plan }) {
  const meetings = [...plan.meetings].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="panel" aria-labelledby="meetings-h">
      <h2 id="meetings-h">Meetings on this plan</h2>
      {meetings.length === 0 ? (
        <p className="empty">No meetings yet. Plan one below.</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((m) => (
            <MeetingItem key={m.id} plan={plan} meeting={m} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingItem({ plan, meeting }: { plan: Plan; meeting: Meeting }) {
  const p = meetingProgress(plan, meeting.id);
  const open = meeting.state === 'planned' ? 'Open to start' : meeting.state === 'live' ? 'Join the walk-through' : 'Review';
  return (
    <li className="meeting-item" data-meeting-id={meeting.id} data-state={meeting.state}>
      <h3>
        <a href={href.meeting(plan.id, meeting.id)}>
          {meeting.title || 'Meeting'} · {formatShortDate(meeting.date)}
        </a>
      </h3>
      <p>
        <strong className={`meeting-state state-${meeting.state}`}>{MEETING_STATE_WORDS[meeting.state]}</strong>
        {meeting.facilitator && <> · Facilitator: {meeting.facilitator}</>} · {meeting.attendees.length} attendees
      </p>
      <p className="meeting-counts">
        {p.agenda.length} on the agenda · {p.discussed.length} discussed · {p.deferred.length} deferred ·{' '}
        {p.leadAbsent.length} lead absent · {p.remaining.length} remaining
      </p>
      <p className="meeting-links">
        <a href={href.meeting(plan.id, meeting.id)} aria-label={`${open}: ${meeting.title || 'Meeting'}`}>
          {open}
        </a>
        {meeting.state !== 'planned' && (
          <a href={href.after(plan.id, 'minutes', meeting.id)} aria-label={`Minutes: ${meeting.title || 'Meeting'}`}>
            Minutes
          </a>
        )}
      </p>
    </li>
  );
}
