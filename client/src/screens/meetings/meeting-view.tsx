import { useEffect, useRef } from 'react';
import type { Plan } from '@concord/shared';
import type { PlanHandle, PlanMutators } from '../../data/plan';
import type { SyncState } from '../../data';
import { SyncIndicator } from '../../components/sync-indicator';
import { href } from '../../routing/hash-route';
import { formatShortDate } from '../../lib/when';
import { WalkThrough } from './walk-through';
import { MEETING_STATE_WORDS } from './meeting-words';

interface Props {
  plan: Plan;
  handle: PlanHandle;
  mutators: PlanMutators;
  meetingId: string;
  syncState: SyncState;
}

/** One meeting: the start panel while planned, the walk-through once live (read-only once ended). */
export function MeetingView({ plan, handle, mutators, meetingId, syncState }: Props) {
  const meeting = plan.meetings.find((m) => m.id === meetingId);
  if (!meeting) {
    return (
      <section className="panel">
        <h1>Meeting not found</h1>
        <p>
          This plan has no such meeting. <a href={href.meetings(plan.id)}>Back to the meetings</a>
        </p>
      </section>
    );
  }
  const head = (
    <div className="walk-head">
      <p className="crumbs">
        <a href={href.plan(plan.id)}>{plan.title}</a> › <a href={href.meetings(plan.id)}>Meetings</a>
      </p>
      <h1>
        {meeting.title || 'Meeting'} · {formatShortDate(meeting.date)}{' '}
        <span className={`meeting-state state-${meeting.state}`}>{MEETING_STATE_WORDS[meeting.state]}</span>
      </h1>
      <SyncIndicator state={syncState} />
    </div>
  );
  if (meeting.state === 'planned') {
    return (
      <div className="meeting-view">
        {head}
        <StartPanel onStart={() => mutators.startMeeting(meetingId)} agendaSize={meeting.agenda.length} />
      </div>
    );
  }
  return (
    <div className="meeting-view">
      {head}
      <WalkThrough plan={plan} meeting={meeting} handle={handle} mutators={mutators} />
    </div>
  );
}

function StartPanel({ onStart, agendaSize }: { onStart: () => void; agendaSize: number }) {
  const button = useRef<HTMLButtonElement>(null);
  // After the app has moved focus to the new screen (its effect runs after ours): the facilitator presses Enter.
  useEffect(() => {
    const timer = setTimeout(() => button.current?.focus());
    return () => clearTimeout(timer);
  }, []);
  return (
    <section className="panel" aria-label="Start the meeting">
      <p>
        This meeting is planned, with {agendaSize} action{agendaSize === 1 ? '' : 's'} on its agenda. Start it to walk
        through them and record ratings and updates.
      </p>
      <button type="button" className="primary" ref={button} onClick={onStart}>
        Start meeting
      </button>
    </section>
  );
}
