import type { Meeting } from '@concord/shared';
import type { PlanMutators } from '../../data/plan';
import { LiveTextField } from '../../components/live-text-field';
import { attendeesToLines, linesToAttendees } from './attendee-lines';

interface Props {
  meeting: Meeting;
  mutators: PlanMutators;
}

/**
 * The editable parts of the draft. Each is a field of the meeting in the plan doc, so an edit syncs like any
 * other and is never held only on this device; the rest of the minutes is drafted from what was captured.
 */
export function MinutesDraftForm({ meeting, mutators }: Props) {
  const save = (patch: Parameters<PlanMutators['updateMeeting']>[1]) => mutators.updateMeeting(meeting.id, patch);
  return (
    <section className="panel minutes-draft no-print" aria-labelledby="minutes-draft-heading">
      <h2 id="minutes-draft-heading">Edit the draft</h2>
      <p className="hint">Changes save as you type and reach everyone in the plan. The exports use them.</p>
      <div className="field-row">
        <LiveTextField label="Meeting title" value={meeting.title} onSave={(title) => save({ title })} />
        <LiveTextField label="Facilitator" value={meeting.facilitator} onSave={(facilitator) => save({ facilitator })} />
      </div>
      <LiveTextField
        label="Attendees"
        hint="One per line: name, organisation."
        multiline
        saveDelayMs={null}
        value={attendeesToLines(meeting.attendees)}
        onSave={(text) => save({ attendees: linesToAttendees(text) })}
      />
      <LiveTextField
        label="Notes and decisions"
        hint="Anything else the minutes should say: decisions, apologies, date of the next meeting."
        multiline
        value={meeting.notes}
        onSave={(notes) => save({ notes })}
      />
    </section>
  );
}
