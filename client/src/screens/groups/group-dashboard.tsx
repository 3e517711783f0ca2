import { useMemo } from 'react';
import { formatDate, groupDashboard, ragSummaryText } from '@concord/shared';
import { todayIso } from '../../lib/when';
import { href } from '../../routing/hash-route';
import { BarChartCanvas } from '../after/bar-chart-canvas';
import { RagBarChart } from '../after/rag-bar-chart';
import '../../styles/after.css';
import type { GroupPage } from './group-context';

/** RAG by plan and by each plan's sections, overdue actions by organisation, the movement across group meetings. */
export default function GroupDashboardView({ page }: { page: GroupPage }) {
  const today = todayIso();
  const data = groupDashboard(page.group, page.planMap, today);
  const key = JSON.stringify(data);
  // Charts redraw only when the numbers change.
  const stable = useMemo(() => data, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="group-dashboard">
      <p className="muted">
        As of {formatDate(today)}, across {stable.byPlan.length} {stable.byPlan.length === 1 ? 'plan' : 'plans'}: {ragSummaryText(stable.totals.counts)}.
      </p>
      <section className="panel" aria-labelledby="by-plan-h">
        <h2 id="by-plan-h">RAG by plan</h2>
        <RagBarChart bars={stable.byPlan} caption="Actions by RAG rating in each plan" rowHeader="Plan" />
      </section>
      {stable.bySection.map((plan) => (
        <section className="panel" key={plan.planId} aria-labelledby={`sections-${plan.planId}`}>
          <h2 id={`sections-${plan.planId}`}>RAG by section: {plan.title}</h2>
          <RagBarChart bars={plan.bars} caption={`Actions by RAG rating in each section of ${plan.title}`} rowHeader="Section" />
        </section>
      ))}
      <section className="panel" aria-labelledby="overdue-org-h">
        <h2 id="overdue-org-h">Overdue by organisation</h2>
        <OverdueByOrganisation page={page} rows={stable.overdueByOrganisation} />
      </section>
      <section className="panel" aria-labelledby="movement-h">
        <h2 id="movement-h">Movement across meetings</h2>
        {stable.movement.length === 0 ? (
          <p className="muted">No group meeting has ended yet: the movement starts after the first one.</p>
        ) : (
          <RagBarChart bars={stable.movement} caption="The group’s actions by RAG rating as each meeting left them" rowHeader="Meeting" />
        )}
      </section>
    </div>
  );
}

function OverdueByOrganisation({ page, rows }: { page: GroupPage; rows: ReturnType<typeof groupDashboard>['overdueByOrganisation'] }) {
  if (rows.length === 0) return <p className="muted">No action is overdue.</p>;
  const title = (planId: string) => page.planMap.get(planId)?.title ?? planId;
  return (
    <figure className="chart">
      <BarChartCanvas
        labels={rows.map((r) => r.organisation || 'No lead named')}
        datasets={[{ label: 'Overdue actions', data: rows.map((r) => r.count), backgroundColor: '#1d4e6b' }]}
        stacked={false}
        label="Overdue actions by organisation: bar chart"
        height={Math.max(140, rows.length * 30 + 60)}
      />
      <table className="data-table">
        <caption>Overdue actions by organisation</caption>
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Overdue</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.organisation}>
              <th scope="row">{r.organisation || 'No lead named'}</th>
              <td>{r.count}</td>
              <td>
                <ul className="plain-list">
                  {r.actions.map((a) => (
                    <li key={`${a.planId}/${a.actionId}`}>
                      <a href={href.action(a.planId, a.actionId)}>{a.ref ? `${a.ref.replace(/\.$/, '')} ` : ''}{a.text}</a>{' '}
                      <span className="muted">({title(a.planId)}, due {formatDate(a.due)})</span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
