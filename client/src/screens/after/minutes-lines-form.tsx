import { useRef } from 'react';
import { headline, minuteText, type Minutes } from '@concord/shared';
import type { PlanMutators } from '../../data/plan';
import { LiveTextField } from '../../components/live-text-field';
import { refLabel } from './action-ref';

interface Props {
  minutes: Minutes;
  mutators: PlanMutators;
}

/**
 * One editable minute per action discussed. Each line is stored in the meeting in the plan doc, so it syncs and
 * merges like the notes. The lines are made (empty) the first time the form gets focus, before the first
 * keystroke, so two people editing one line never race to create it.
 */
export function MinutesLinesForm({ minutes, mutators }: Props) {
  const prepared = useRef(false);
  if (minutes.discussed.length === 0) return null;
  const prepare = () => {
    if (prepared.current) return;
    prepared.current = true;
    mutators.prepareMinutes(minutes.meetingId);
  };
  return (
    <section className="panel minutes-lines no-print" aria-labelledby="minutes-lines-heading" onFocus={prepare}>
      <h2 id="minutes-lines-heading">Minute for each action discussed</h2>
      <p className="hint">
        Each starts as the updates given in the meeting. Edits save as you type and replace them in the minutes and
        the exports; clear a minute to go back to the updates.
      </p>
      {minutes.discussed.map((item) => {
        const ref = refLabel(item.ref);
        return (
          <LiveTextField
            key={item.actionId}
            label={`Minute for ${ref ? `${ref}. ` : ''}${headline(item.text, 80)}`}
            multiline
            value={minuteText(item)}
            onSave={(text) => mutators.setMinuteLine(minutes.meetingId, item.actionId, text)}
          />
        );
      })}
    </section>
  );
}
