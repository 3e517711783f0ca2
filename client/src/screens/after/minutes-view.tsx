import { useId } from 'react';
import { draftMinutes, heldMeetings, type Plan } from '@concord/shared';
import { formatLongDate } from '../../lib/when';
import type { PlanMutators } from '../../data/plan';
import { href, navigate } from '../../routing/hash-route';
import { MinutesDraftForm } from './minutes-draft-form';
import { MinutesExport } from './minutes-export';
import { MinutesLinesForm } from './minutes-lines-form';
import { MinutesPreview } from './minutes-preview';

interface Props {
  plan: Plan;
  /** null for a viewer: the minutes are shown and exported, not edited. */
  mutators: PlanMutators | null;
  /** The meeting to minute; null: the latest meeting held. */
  meetingId: string | null;
}

/** Draft minutes of one held meeting: choose the meeting, edit the draft, export or print it. */
export function MinutesView({ plan, mutators, meetingId }: Props) {
  const selectId = useId();
  const held = heldMeetings(plan);
  const meeting = meetingId ? plan.meetings.find((m) => m.id === meetingId) : held.at(-1);
  if (!meeting) {
    return (
      <p className="panel">
        {meetingId
          ? 'That meeting is not in this plan.'
          : 'No meeting has been held on this plan yet. Minutes are drafted from what a meeting records.'}
      </p>
    );
  }
  const minutes = draftMinutes(plan, meeting.id);
  return (
    <>
      {held.length > 1 && (
        <div className="field no-print">
          <label htmlFor={selectId}>Meeting</label>
          <select id={selectId} value={meeting.id} onChange={(e) => navigate(href.after(plan.id, 'minutes', e.target.value))}>
            {held.map((m) => (
              <option key={m.id} value={m.id}>
                {formatLongDate(m.date)} {m.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <MinutesExport minutes={minutes} />
      {mutators && <MinutesDraftForm meeting={meeting} mutators={mutators} />}
      {mutators && <MinutesLinesForm key={meeting.id} minutes={minutes} mutators={mutators} />}
      <MinutesPreview minutes={minutes} />
    </>
  );
}
