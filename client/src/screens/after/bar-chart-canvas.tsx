import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartDataset } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Axis labels stay one line; the table under each chart has the full text. */
export const shortLabel = (label: string): string => (label.length > 40 ? `${label.slice(0, 39)}…` : label);

interface Props {
  labels: string[];
  datasets: ChartDataset<'bar', number[]>[];
  stacked: boolean;
  /** What the chart shows, for screen readers (the table after it carries the numbers). */
  label: string;
  height: number;
}

/** A horizontal bar chart drawn with Chart.js; marks its canvas data-drawn="yes" once drawn. */
export function BarChartCanvas({ labels, datasets, stacked, label, height }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify({ labels, data: datasets.map((d) => d.data), stacked });
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: labels.map(shortLabel), datasets },
      options: {
        indexAxis: 'y',
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { stacked, ticks: { precision: 0 } }, y: { stacked } },
        plugins: { legend: datasets.length > 1 ? { position: 'bottom' } : { display: false } },
      },
    });
    canvas.current.dataset.drawn = 'yes';
    return () => chart.destroy();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="chart-box" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={`${label}; the table below has the numbers.`} />
    </div>
  );
}
