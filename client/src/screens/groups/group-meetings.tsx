import { useState, type FormEvent } from 'react';
import { groupMeetingState, meetingParts, resolveAgenda, type AgendaSpec, type Plan } from '@concord/shared';
import { formatLongDate } from '../../lib/when';
import { useSettings } from '../../data';
import { createGroupMeeting, type OpenPlan } from '../../data/groups';
import { href, navigate } from '../../routing/hash-route';
import { todayIso } from '../../lib/when';
import type { GroupPage } from './group-context';

const STATE_WORDS = { planned: 'Planned', live: 'Under way', ended: 'Held' } as const;

/** The group's meetings, newest first, and (for editors) a form to plan one across several plans. */
export function GroupMeetingsView({ page }: { page: GroupPage }) {
  const meetings = [...page.group.meetings].reverse();
  return (
    <div className="group-meetings">
      <section className="panel" aria-labelledby="group-meetings-h">
        <h2 id="group-meetings-h">Meetings of the group</h2>
        {meetings.length === 0 ? (
          <p className="muted">No meetings yet.</p>
        ) : (
          <ul className="meeting-list">
            {meetings.map((m) => {
              const parts = meetingParts(page.group, m, page.planMap);
              const state = groupMeetingState(parts);
              return (
                <li key={m.id}>
                  <a href={href.group(page.group.id, 'meeting', m.id)}>{m.title || 'Meeting'}</a>, {formatLongDate(m.date)} ·{' '}
                  {STATE_WORDS[state]} · {parts.map((p) => p.plan.title).join(', ') || 'plans arriving'}
                  {state !== 'planned' && (
                    <>
                      {' · '}
                      <a href={href.group(page.group.id, 'minutes', m.id)}>Minutes and chase list</a>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {!page.readOnly && <NewGroupMeetingForm page={page} />}
    </div>
  );
}

type AgendaChoice = 'reds-ambers' | 'all' | 'none';

const AGENDA_WORDS: Record<AgendaChoice, string> = { 'reds-ambers': 'Reds and ambers', all: 'Every action', none: 'Not in this meeting' };

function agendaOf(plan: Plan, choice: AgendaChoice): string[] {
  if (choice === 'none') return [];
  const spec: AgendaSpec = choice === 'all' ? { kind: 'all' } : { kind: 'filter', filter: { rags: ['red', 'amber'] }, context: { today: todayIso() } };
  return resolveAgenda(plan, spec);
}

/** Plans a meeting across the group's plans: for each plan, which of its actions the walk-through covers. */
function NewGroupMeetingForm({ page }: { page: GroupPage }) {
  const settings = useSettings();
  const open = page.plans.filter((p): p is OpenPlan & { plan: Plan } => p.plan !== null && !p.readOnly && !page.group.plans.find((g) => g.id === p.planId)?.archived);
  const [date, setDate] = useState(todayIso);
  const [title, setTitle] = useState('');
  const [facilitator, setFacilitator] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, AgendaChoice>>({});
  const [error, setError] = useState('');
  const choiceOf = (planId: string, i: number): AgendaChoice => choices[planId] ?? (i < 2 ? 'reds-ambers' : 'none');
  const parts = open.map((p, i) => ({ handle: p.handle, agenda: agendaOf(p.plan, choiceOf(p.planId, i)) })).filter((p) => p.agenda.length > 0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parts.length === 0) return setError('The agenda is empty: choose actions from at least one plan.');
    const id = createGroupMeeting(page.handle, { date, title: title.trim() || 'Group meeting', facilitator: (facilitator ?? settings.displayName).trim() }, parts);
    navigate(href.group(page.group.id, 'meeting', id));
  };
  return (
    <form className="panel new-meeting" onSubmit={submit} aria-labelledby="new-group-meeting-h">
      <h2 id="new-group-meeting-h">Plan a meeting across plans</h2>
      <div className="field-row">
        <label>
          Meeting title
          <input value={title} placeholder="Group meeting" onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Date
          <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          Facilitator
          <input value={facilitator ?? settings.displayName} onChange={(e) => setFacilitator(e.target.value)} />
        </label>
      </div>
      {open.map((p, i) => (
        <fieldset key={p.planId} className="plan-agenda" data-plan-id={p.planId}>
          <legend>{p.plan.title}</legend>
          {(Object.keys(AGENDA_WORDS) as AgendaChoice[]).map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name={`agenda-${p.planId}`} checked={choiceOf(p.planId, i) === choice} onChange={() => setChoices((c) => ({ ...c, [p.planId]: choice }))} />
              {AGENDA_WORDS[choice]}
              {choice !== 'none' && <span className="muted"> ({agendaOf(p.plan, choice).length})</span>}
            </label>
          ))}
        </fieldset>
      ))}
      <p role="status">
        {parts.reduce((n, p) => n + p.agenda.length, 0)} actions from {parts.length} {parts.length === 1 ? 'plan' : 'plans'} on the agenda.
      </p>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" className="primary">Create meeting</button>
    </form>
  );
}
