import type { Action, Column, Plan, Section } from '@concord/shared';
import type { PlanMutators } from '../data/plan';
import { RagBadge } from '../components/rag-badge';
import { cellText, columnsOf, liveActions, liveGroups, liveSections } from '../lib/plan-columns';
import { formatDate } from '../lib/when';
import { href, navigate } from '../routing/hash-route';

interface Props {
  plan: Plan;
  mutators: PlanMutators;
  /** A viewer's table: no add or edit controls. */
  readOnly?: boolean;
}

/** The plan laid out like its Word table; below the narrow breakpoint each row becomes a card (CSS). */
export function PlanTable({ plan, mutators, readOnly = false }: Props) {
  const columns = columnsOf(plan);
  const span = columns.length + (readOnly ? 0 : 1);
  return (
    <table className="plan-table">
      <caption className="visually-hidden">{plan.title}: actions by section</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={`col-${c.key}`}>
              {c.label}
            </th>
          ))}
          {!readOnly && (
            <th scope="col" className="col-edit">
              <span className="visually-hidden">Edit</span>
            </th>
          )}
        </tr>
      </thead>
      {liveSections(plan).map((section) => (
        <SectionBody key={section.id} plan={plan} section={section} columns={columns} span={span} mutators={mutators} readOnly={readOnly} />
      ))}
    </table>
  );
}

interface SectionProps {
  plan: Plan;
  section: Section;
  columns: Column[];
  span: number;
  mutators: PlanMutators;
  readOnly: boolean;
}

function SectionBody({ plan, section, columns, span, mutators, readOnly }: SectionProps) {
  const groups = liveGroups(section);
  const addAction = () => {
    const groupId = groups.at(-1)?.id ?? mutators.addGroup(section.id, { title: null });
    navigate(href.action(plan.id, mutators.addAction(groupId, {})));
  };
  return (
    <tbody className="plan-section">
      <tr className="section-row">
        <th colSpan={span} scope="colgroup">
          <h2>
            {section.number && <span className="section-number">{section.number}. </span>}
            {section.title}
          </h2>
        </th>
      </tr>
      {groups.map((group) => [
        group.title && (
          <tr key={`${group.id}-h`} className="group-row">
            <th colSpan={span} scope="colgroup">
              <h3>{group.title}</h3>
            </th>
          </tr>
        ),
        ...liveActions(group).map((action) => (
          <ActionRow key={action.id} planId={plan.id} action={action} columns={columns} readOnly={readOnly} />
        )),
      ])}
      {!readOnly && (
        <tr className="add-row">
          <td colSpan={span}>
            <button type="button" className="link-button" onClick={addAction}>
              Add an action to section {section.number ?? section.title}
            </button>
          </td>
        </tr>
      )}
    </tbody>
  );
}

function ActionRow({ planId, action, columns, readOnly }: { planId: string; action: Action; columns: Column[]; readOnly: boolean }) {
  const name = action.ref ? `action ${action.ref}` : 'this action';
  return (
    <tr className="action-row" data-action-id={action.id}>
      {columns.map((c) => (
        <td key={c.key} data-label={c.label} className={`col-${c.key}`}>
          <Cell action={action} columnKey={c.key} />
        </td>
      ))}
      {!readOnly && (
        <td className="col-edit">
          <a className="button" href={href.action(planId, action.id)} aria-label={`Edit ${name}: ${action.text.slice(0, 60)}`}>
            Edit
          </a>
        </td>
      )}
    </tr>
  );
}

function Cell({ action, columnKey }: { action: Action; columnKey: string }) {
  if (columnKey === 'rag') return <RagBadge rag={action.rag} />;
  const text = cellText(action, columnKey);
  if (columnKey !== 'progress') return <div className="cell-text">{text}</div>;
  const latest = action.updates.at(-1);
  return (
    <>
      <div className="cell-text">{text}</div>
      {latest && (
        <p className="latest-update">
          <strong>
            {formatDate(latest.date)}
            {latest.author && `, ${latest.author}`}:
          </strong>{' '}
          {latest.text}
        </p>
      )}
    </>
  );
}
