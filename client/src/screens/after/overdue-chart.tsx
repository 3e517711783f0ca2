import type { OverdueByLead } from '@concord/shared';
import { BarChartCanvas } from './bar-chart-canvas';

/** Overdue actions per lead as bars, and as a table under them. */
export function OverdueChart({ rows }: { rows: readonly OverdueByLead[] }) {
  if (rows.length === 0) return <p className="muted">No action is overdue.</p>;
  return (
    <figure className="chart">
      <BarChartCanvas
        labels={rows.map((r) => r.lead || 'No lead named')}
        datasets={[{ label: 'Overdue actions', data: rows.map((r) => r.count), backgroundColor: '#1d4e6b' }]}
        stacked={false}
        label="Overdue actions by lead: bar chart"
        height={Math.max(140, rows.length * 30 + 60)}
      />
      <table className="data-table">
        <caption>Overdue actions by lead</caption>
        <thead>
          <tr>
            <th scope="col">Lead</th>
            <th scope="col">Overdue actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.lead}>
              <th scope="row">{r.lead || 'No lead named'}</th>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
