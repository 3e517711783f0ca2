import { useEffect, useState } from 'react';
import { groupMeetingProgress, groupMeetingState, meetingParts, type GroupMeeting, type MeetingPart } from '@concord/shared';
import { formatLongDate } from '../../lib/when';
import type { OpenPlan } from '../../data/groups';
import { href } from '../../routing/hash-route';
import { WalkThrough } from '../meetings/walk-through';
import '../meetings/meetings.css';
import type { GroupPage } from './group-context';

const STATE_WORDS = { planned: 'Planned', live: 'Under way', ended: 'Held' } as const;

/**
 * A meeting across plans: start and end it for every plan at once, and walk through each plan's part with the
 * plan's own walk-through, one plan after the other. Every rating and update goes into its own plan.
 */
export function GroupMeetingView({ page, meetingId }: { page: GroupPage; meetingId: string }) {
  const meeting = page.group.meetings.find((m) => m.id === meetingId);
  if (!meeting) return <p className="panel">This group has no such meeting. <a href={href.group(page.group.id, 'meetings')}>Back to the meetings</a></p>;
  return <MeetingAcrossPlans page={page} meeting={meeting} />;
}

function MeetingAcrossPlans({ page, meeting }: { page: GroupPage; meeting: GroupMeeting }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const parts = meetingParts(page.group, meeting, page.planMap);
  const state = groupMeetingState(parts);
  const progress = groupMeetingProgress(parts);
  const open = (planId: string) => page.plans.find((p) => p.planId === planId);
  const current = progress.parts.find((p) => p.planId === chosen) ?? progress.parts.find((p) => p.progress.remaining.length > 0) ?? progress.parts[0];
  const next = current ? progress.parts[progress.parts.indexOf(current) + 1] : undefined;
  // The plan on screen stays until the facilitator moves on, even once its last action is handled.
  const currentId = current?.planId ?? null;
  useEffect(() => {
    if (chosen === null && currentId !== null) setChosen(currentId);
  }, [chosen, currentId]);
  const every = (fn: (plan: OpenPlan, part: MeetingPart) => void) =>
    parts.forEach((part) => {
      const plan = open(part.planId);
      if (plan && !plan.readOnly) fn(plan, part);
    });
  const { counts } = progress;
  return (
    <div className="group-meeting">
      <h2>
        {meeting.title || 'Meeting'} · {formatLongDate(meeting.date)} <span className={`meeting-state state-${state}`}>{STATE_WORDS[state]}</span>
      </h2>
      <p role="status" className="group-progress">
        {counts.agenda} actions from {parts.length} {parts.length === 1 ? 'plan' : 'plans'}: {counts.discussed} discussed · {counts.deferred} deferred · {counts.leadAbsent} lead absent · {counts.remaining} remaining
      </p>
      <div className="toolbar">
        {state === 'planned' && !page.readOnly && (
          <button type="button" className="primary" onClick={() => every((plan, part) => plan.mutators.startMeeting(part.meetingId))}>
            Start the meeting
          </button>
        )}
        {state === 'live' && !page.readOnly && (
          <button type="button" onClick={() => every((plan, part) => plan.plan?.meetings.find((m) => m.id === part.meetingId)?.state === 'live' && plan.mutators.endMeeting(part.meetingId))}>
            End the meeting for every plan
          </button>
        )}
        {state !== 'planned' && <a href={href.group(page.group.id, 'minutes', meeting.id)}>Minutes and chase list</a>}
      </div>
      <nav className="part-nav" aria-label="Plans in this meeting">
        <ul>
          {progress.parts.map((part) => (
            <li key={part.planId}>
              <button type="button" aria-current={part === current ? 'step' : undefined} onClick={() => setChosen(part.planId)}>
                {part.plan.title}: {part.progress.remaining.length} of {part.progress.agenda.length} to go
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {state === 'planned' && <p className="panel">Start the meeting to walk through the agenda and record ratings and updates.</p>}
      {state !== 'planned' && current && <Part page={page} part={current} open={open(current.planId)} />}
      {state !== 'planned' && current && next && current.progress.remaining.length === 0 && (
        <p className="panel">
          {current.plan.title} is done.{' '}
          <button type="button" className="primary" onClick={() => setChosen(next.planId)}>
            Go on to {next.plan.title}
          </button>
        </p>
      )}
    </div>
  );
}

function Part({ page, part, open }: { page: GroupPage; part: MeetingPart; open: OpenPlan | undefined }) {
  const meeting = part.plan.meetings.find((m) => m.id === part.meetingId);
  if (!open || !meeting) return <p className="loading">Opening {part.plan.title}…</p>;
  if (open.readOnly || page.readOnly) return <p className="panel">You can view this meeting; only editors record in it. <a href={href.meeting(part.planId, part.meetingId)}>Open {part.plan.title}’s part</a></p>;
  return (
    <section className="group-part" aria-label={`${part.plan.title}: walk-through`} data-plan-id={part.planId}>
      <h3>{part.plan.title}</h3>
      <WalkThrough key={part.planId} plan={part.plan} meeting={meeting} handle={open.handle} mutators={open.mutators} />
    </section>
  );
}
