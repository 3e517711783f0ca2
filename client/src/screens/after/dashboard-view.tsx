import { useMemo } from 'react';
import { dashboardData, ragSummaryText, type Plan } from '@concord/shared';
import { formatLongDate, todayIso, userLocale } from '../../lib/when';
import { OverdueChart } from './overdue-chart';
import { RagBarChart } from './rag-bar-chart';

/** RAG by section, RAG at the end of the last meetings, and overdue actions by lead: charts with tables. */
export default function DashboardView({ plan }: { plan: Plan }) {
  const today = todayIso();
  // Charts redraw only when the numbers change, not on every keystroke elsewhere in the plan.
  const data = dashboardData(plan, today, { locale: userLocale() });
  const key = JSON.stringify(data);
  const stable = useMemo(() => data, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <p className="muted">
        As of {formatLongDate(today)}: {ragSummaryText(stable.totals.counts)}.
      </p>
      <section className="panel" aria-labelledby="by-section-heading">
        <h2 id="by-section-heading">RAG by section</h2>
        <RagBarChart bars={stable.bySection} caption="Actions by RAG rating in each section" rowHeader="Section" />
      </section>
      <section className="panel" aria-labelledby="trend-heading">
        <h2 id="trend-heading">RAG across the last meetings</h2>
        {stable.trend.length === 0 ? (
          <p className="muted">No meeting has ended yet: the trend starts after the first one.</p>
        ) : (
          <RagBarChart bars={stable.trend} caption="Actions by RAG rating as each meeting left them" rowHeader="Meeting" />
        )}
      </section>
      <section className="panel" aria-labelledby="overdue-lead-heading">
        <h2 id="overdue-lead-heading">Overdue by lead</h2>
        <OverdueChart rows={stable.overdueByLead} />
      </section>
    </>
  );
}
