import { liveActions, sectionLabel, headline, RAG_KEYS, type ActionFilter, type AgendaSpec, type Plan, type RagKey } from '@concord/shared';
import { ragWord } from '../../lib/rag-words';
import { todayIso } from '../../lib/when';

interface Props {
  plan: Plan;
  value: AgendaSpec;
  onChange: (spec: AgendaSpec) => void;
  /** How many actions the current choice puts on the agenda. */
  count: number;
}

const KINDS = [
  { kind: 'all', label: 'The whole plan' },
  { kind: 'sections', label: 'Chosen sections' },
  { kind: 'filter', label: 'A filter (RAG, lead, overdue)' },
  { kind: 'actions', label: 'Picked actions' },
] as const satisfies readonly { kind: AgendaSpec['kind']; label: string }[];

function emptySpec(kind: AgendaSpec['kind']): AgendaSpec {
  if (kind === 'sections') return { kind, sectionIds: [] };
  if (kind === 'filter') return { kind, filter: { rags: ['red', 'amber'] }, context: { today: todayIso() } };
  if (kind === 'actions') return { kind, actionIds: [] };
  return { kind: 'all' };
}

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

/** Chooses what the walk-through covers; the agenda is fixed (as action ids) when the meeting is created. */
export function AgendaPicker({ plan, value, onChange, count }: Props) {
  return (
    <fieldset className="agenda-picker">
      <legend>Agenda</legend>
      <div className="agenda-kinds">
        {KINDS.map((k) => (
          <label key={k.kind} className="check">
            <input
              type="radio"
              name="agenda-kind"
              checked={value.kind === k.kind}
              onChange={() => onChange(emptySpec(k.kind))}
            />
            {k.label}
          </label>
        ))}
      </div>
      {value.kind === 'sections' && <SectionChoice plan={plan} value={value.sectionIds} onChange={(sectionIds) => onChange({ ...value, sectionIds })} />}
      {value.kind === 'filter' && <FilterChoice value={value.filter} onChange={(filter) => onChange({ ...value, filter })} />}
      {value.kind === 'actions' && <ActionChoice plan={plan} value={value.actionIds} onChange={(actionIds) => onChange({ ...value, actionIds })} />}
      <p className="agenda-count" role="status">
        {count} action{count === 1 ? '' : 's'} on the agenda
      </p>
    </fieldset>
  );
}

function SectionChoice({ plan, value, onChange }: { plan: Plan; value: readonly string[]; onChange: (ids: string[]) => void }) {
  return (
    <ul className="choice-list" aria-label="Sections">
      {plan.sections.map((s) => (
        <li key={s.id}>
          <label className="check">
            <input type="checkbox" checked={value.includes(s.id)} onChange={(e) => onChange(toggled(value, s.id, e.target.checked))} />
            {sectionLabel(s)}
          </label>
        </li>
      ))}
    </ul>
  );
}

function FilterChoice({ value, onChange }: { value: ActionFilter; onChange: (f: ActionFilter) => void }) {
  const rags = value.rags ?? [];
  return (
    <div className="filter-choice">
      <fieldset>
        <legend>RAG</legend>
        {RAG_KEYS.map((rag: RagKey) => (
          <label key={rag} className="check">
            <input
              type="checkbox"
              checked={rags.includes(rag)}
              onChange={(e) => onChange({ ...value, rags: toggled(rags, rag, e.target.checked) })}
            />
            {ragWord(rag)}
          </label>
        ))}
      </fieldset>
      <label>
        Lead contains
        <input value={value.lead ?? ''} onChange={(e) => onChange({ ...value, lead: e.target.value || undefined })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={value.overdue === true} onChange={(e) => onChange({ ...value, overdue: e.target.checked || undefined })} />
        Overdue only
      </label>
    </div>
  );
}

function ActionChoice({ plan, value, onChange }: { plan: Plan; value: readonly string[]; onChange: (ids: string[]) => void }) {
  return (
    <ul className="choice-list action-choice" aria-label="Actions">
      {liveActions(plan).map(({ action }) => (
        <li key={action.id}>
          <label className="check">
            <input type="checkbox" checked={value.includes(action.id)} onChange={(e) => onChange(toggled(value, action.id, e.target.checked))} />
            {action.ref && <strong>{action.ref} </strong>}
            {headline(action.text, 120)}
          </label>
        </li>
      ))}
    </ul>
  );
}
