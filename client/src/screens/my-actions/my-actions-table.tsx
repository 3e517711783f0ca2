import { headline } from '@concord/shared';
import type { ActionIndexRow } from '../../data';
import { RagBadge } from '../../components/rag-badge';
import { PositionLine } from '../../components/position-line';
import { href } from '../../routing/hash-route';
import { formatShortDate } from '../../lib/when';
import { isRowOverdue } from './action-row-filter';

/** The matching actions, each linked to its plan's editor. */
export function MyActionsTable({ rows, today }: { rows: readonly ActionIndexRow[]; today: string }) {
  if (rows.length === 0) return <p className="empty">No action matches. Clear a filter or search for fewer words.</p>;
  return (
    <table className="my-actions-table">
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Plan</th>
          <th scope="col">Leads</th>
          <th scope="col">Due</th>
          <th scope="col">RAG</th>
          <th scope="col">Current position</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-action-id={r.actionId}>
            <td>
              <a href={href.action(r.planId, r.actionId)}>
                {r.ref && <span className="action-ref">{r.ref.replace(/\.$/, '')}</span>} {headline(r.text, 140)}
              </a>
              {r.needsUpdate && <span className="tag">Needs an update</span>}
            </td>
            <td>{r.planTitle}</td>
            <td>{r.leads.join(', ')}</td>
            <td>
              {r.due ? formatShortDate(r.due) : '—'}
              {isRowOverdue(r, today) && <strong className="tag overdue">Overdue</strong>}
            </td>
            <td>
              <RagBadge rag={r.rag} />
            </td>
            <td className="position-cell">
              {r.position ? <PositionLine position={r.position} /> : r.lastUpdate ? formatShortDate(r.lastUpdate.slice(0, 10)) : 'No update yet'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
