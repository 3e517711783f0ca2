import { RAG_KEYS, type RagBar } from '@concord/shared';
import { ragWord } from '../../lib/rag-words';
import { BarChartCanvas } from './bar-chart-canvas';
import { ragFills } from './chart-patterns';

/** Stacked RAG bars (one per section or meeting), followed by the same numbers as a table for screen readers. */
export function RagBarChart({ bars, caption, rowHeader }: { bars: readonly RagBar[]; caption: string; rowHeader: string }) {
  if (bars.length === 0) return <p className="muted">Nothing to chart yet.</p>;
  return (
    <figure className="chart">
      <BarChartCanvas
        labels={bars.map((b) => b.label)}
        datasets={datasets(bars)}
        stacked
        label={`${caption}: stacked bar chart`}
        height={Math.max(160, bars.length * 36 + 80)}
      />
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {RAG_KEYS.map((key) => (
              <th scope="col" key={key}>
                {ragWord(key)}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              {RAG_KEYS.map((key) => (
                <td key={key}>{b.counts[key]}</td>
              ))}
              <td>{b.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function datasets(bars: readonly RagBar[]) {
  const fills = ragFills();
  return RAG_KEYS.map((key) => ({
    label: ragWord(key),
    data: bars.map((b) => b.counts[key]),
    backgroundColor: fills[key],
    borderColor: '#1b1f23',
    borderWidth: 1,
  }));
}
