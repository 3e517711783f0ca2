import { useState, type FormEvent } from 'react';
import { resolveAgenda, type AgendaSpec, type Attendee, type Plan } from '@concord/shared';
import type { PlanMutators } from '../../data/plan';
import { rememberAttendees, useSettings } from '../../data';
import { href, navigate } from '../../routing/hash-route';
import { todayIso } from '../../lib/when';
import { AttendeesEditor } from './attendees-editor';
import { AgendaPicker } from './agenda-picker';

interface Props {
  plan: Plan;
  mutators: PlanMutators;
}

/** Plans a meeting: when, who, and which actions the walk-through covers. */
export function NewMeetingForm({ plan, mutators }: Props) {
  const settings = useSettings();
  const [date, setDate] = useState(todayIso);
  const [title, setTitle] = useState('');
  const [facilitator, setFacilitator] = useState<string | null>(null);
  const [attendees, setAttendees] = useState<Attendee[]>([]);
  const [agenda, setAgenda] = useState<AgendaSpec>({ kind: 'all' });
  const [error, setError] = useState('');
  const facilitatorName = facilitator ?? settings.displayName;
  const agendaIds = resolveAgenda(plan, agenda);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (agendaIds.length === 0) {
      setError('The agenda is empty: choose sections, a filter or actions that match at least one action.');
      return;
    }
    const meetingId = mutators.addMeeting({
      date,
      title: title.trim() || `Review meeting`,
      facilitator: facilitatorName.trim(),
      attendees,
      agenda: agendaIds,
    });
    await rememberAttendees(attendees);
    navigate(href.meeting(plan.id, meetingId));
  };
  return (
    <form className="panel new-meeting" onSubmit={onSubmit} aria-labelledby="new-meeting-h">
      <h2 id="new-meeting-h">Plan a meeting</h2>
      <div className="field-row">
        <label>
          Meeting title
          <input value={title} placeholder="Review meeting" onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Date
          <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          Facilitator
          <input value={facilitatorName} onChange={(e) => setFacilitator(e.target.value)} />
        </label>
      </div>
      <AttendeesEditor value={attendees} onChange={setAttendees} />
      <AgendaPicker plan={plan} value={agenda} onChange={setAgenda} count={agendaIds.length} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        Create meeting
      </button>
    </form>
  );
}
