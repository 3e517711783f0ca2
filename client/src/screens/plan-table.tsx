import { memo, useLayoutEffect, useState, type CSSProperties } from 'react';
import { latestUpdate, sectionNumberPrefix, type Action, type Column, type Plan, type Section } from '@concord/shared';
import type { PlanMutators } from '../data/plan';
import { RagBadge } from '../components/rag-badge';
import { cellText, columnTemplate, liveActions, liveGroups, liveSections } from '../lib/plan-columns';
import { LATEST_UPDATE } from '../lib/table-columns';
import { formatShortDate } from '../lib/when';
import { href, navigate } from '../routing/hash-route';

interface Props {
  plan: Plan;
  /** The columns to show, in order (the person's choice; see useColumnChoice). */
  columns: Column[];
  mutators: PlanMutators;
  /** A viewer's table: no add or edit controls. */
  readOnly?: boolean;
}

/**
 * The plan laid out like its Word table; below the narrow breakpoint each row becomes a card (CSS). Memoised: the
 * screen around it re-renders on every sync-state change, the table only when the plan changes, and then each row
 * only when what it shows changed, so an edit re-renders one row, not 2,000.
 */
export const PlanTable = memo(function PlanTable({ plan, columns, mutators, readOnly = false }: Props) {
  const rowsShown = useRowsAfterMount();
  const span = columns.length + (readOnly ? 0 : 1);
  const style = { '--plan-columns': columnTemplate(columns, !readOnly) } as CSSProperties;
  return (
    <table className="plan-table" style={style}>
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
      {rowsShown && liveSections(plan).map((section) => (
        <SectionBody key={section.id} planId={plan.id} section={section} columns={columns} span={span} mutators={mutators} readOnly={readOnly} />
      ))}
    </table>
  );
});

/**
 * False on the table's first render, true from a synchronous update straight after it commits (before the browser
 * paints). A screen that mounts with its plan already loaded renders in an interruptible pass, and a sync-state
 * change arriving during 2,000 rows made React throw that pass away and start again; in their own synchronous
 * update the rows are rendered once.
 */
function useRowsAfterMount(): boolean {
  const [shown, setShown] = useState(false);
  useLayoutEffect(() => setShown(true), []);
  return shown;
}

interface SectionProps {
  planId: string;
  section: Section;
  columns: Column[];
  span: number;
  mutators: PlanMutators;
  readOnly: boolean;
}

function SectionBody({ planId, section, columns, span, mutators, readOnly }: SectionProps) {
  const groups = liveGroups(section);
  const addAction = () => {
    const groupId = groups.at(-1)?.id ?? mutators.addGroup(section.id, { title: null });
    navigate(href.action(planId, mutators.addAction(groupId, {})));
  };
  return (
    <tbody className="plan-section">
      <tr className="section-row">
        <th colSpan={span} scope="colgroup">
          <h2>
            {sectionNumberPrefix(section) && <span className="section-number">{sectionNumberPrefix(section)} </span>}
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
          <ActionRow key={action.id} planId={planId} action={action} columns={columns} readOnly={readOnly} />
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

interface RowProps {
  planId: string;
  action: Action;
  columns: Column[];
  readOnly: boolean;
}

/** One action. Cells are plain elements, not components: 2,000 rows are rendered at once when a plan opens. */
const ActionRow = memo(function ActionRow({ planId, action, columns, readOnly }: RowProps) {
  const name = action.ref ? `action ${action.ref}` : 'this action';
  return (
    <tr className="action-row" data-action-id={action.id}>
      {columns.map((c) => (
        <td key={c.key} data-label={c.label} className={`col-${c.key}`}>
          {cellContent(action, c.key)}
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
}, sameRow);

function cellContent(action: Action, columnKey: string) {
  if (columnKey === 'rag') return <RagBadge rag={action.rag} />;
  if (columnKey !== LATEST_UPDATE) return cellText(action, columnKey);
  const latest = latestUpdate(action.updates);
  if (!latest) return null;
  return (
    <>
      <strong className="latest-update-when">
        {formatShortDate(latest.date.slice(0, 10))}
        {latest.author && ` · ${latest.author}`}
      </strong>
      {'\n'}
      {latest.text}
    </>
  );
}

/**
 * Whether a row would render the same: each snapshot is a fresh Plan, so actions are compared by what the row
 * shows rather than by identity.
 */
function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.planId !== b.planId || a.readOnly !== b.readOnly || a.action.id !== b.action.id) return false;
  if (a.columns.length !== b.columns.length) return false;
  if (a.action.rag !== b.action.rag || a.action.ref !== b.action.ref || a.action.text !== b.action.text) return false;
  for (let i = 0; i < a.columns.length; i++) {
    const key = a.columns[i]!.key;
    if (key !== b.columns[i]!.key || a.columns[i]!.label !== b.columns[i]!.label) return false;
    if (cellText(a.action, key) !== cellText(b.action, key)) return false;
  }
  const x = latestUpdate(a.action.updates);
  const y = latestUpdate(b.action.updates);
  return x === y || (!!x && !!y && x.date === y.date && x.author === y.author && x.text === y.text);
}
