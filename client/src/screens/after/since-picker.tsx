import { useId, useState } from 'react';
import { defaultSince, heldMeetings, type Plan, type SinceSpec } from '@concord/shared';
import { formatLongDate, todayIso } from '../../lib/when';

const DATE = 'date';
const START = 'start';

/**
 * The state of a since picker: the chosen spec, starting at the default (the meeting before the latest one, so
 * straight after a meeting its changes show; the start of the plan before a second meeting).
 */
export function useSince(plan: Plan): [SinceSpec, (next: SinceSpec) => void] {
  const [chosen, setChosen] = useState<SinceSpec | undefined>(undefined);
  return [chosen === undefined ? defaultSince(plan, todayIso()) : chosen, setChosen];
}

function keyOf(spec: SinceSpec): string {
  if (spec === null) return START;
  return 'date' in spec ? DATE : spec.meetingId;
}

/** Choose what "since" means: a held meeting (after what it recorded), a date, or the start of the plan. */
export function SincePicker({ plan, value, onChange }: { plan: Plan; value: SinceSpec; onChange: (next: SinceSpec) => void }) {
  const id = useId();
  const held = heldMeetings(plan);
  const date = value && 'date' in value ? value.date : todayIso();
  const choose = (key: string) => onChange(key === START ? null : key === DATE ? { date } : { meetingId: key });
  return (
    <div className="since-picker field-row no-print">
      <div className="field">
        <label htmlFor={id}>Since</label>
        <select id={id} value={keyOf(value)} onChange={(e) => choose(e.target.value)}>
          {[...held].reverse().map((m) => (
            <option key={m.id} value={m.id}>
              The meeting of {formatLongDate(m.date)}
              {m.title ? ` (${m.title})` : ''}
            </option>
          ))}
          <option value={DATE}>A date…</option>
          <option value={START}>The start of the plan</option>
        </select>
      </div>
      {value && 'date' in value && (
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" value={value.date} onChange={(e) => e.target.value && onChange({ date: e.target.value })} />
        </div>
      )}
    </div>
  );
}
