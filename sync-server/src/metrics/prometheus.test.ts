import { describe, expect, it } from 'vitest';
import { Counter, Gauge, Histogram } from './prometheus';

describe('Prometheus text format', () => {
  it('renders a gauge read at scrape time', () => {
    let n = 1;
    const g = new Gauge('x_open', 'Open things.', () => n);
    n = 7;
    expect(g.render()).toBe('# HELP x_open Open things.\n# TYPE x_open gauge\nx_open 7\n');
  });

  it('counts per label value and escapes label values', () => {
    const c = new Counter('x_total', 'Things.', 'reason');
    c.inc('a');
    c.inc('a');
    c.inc('say "hi"\\\n');
    expect(c.render()).toContain('x_total{reason="a"} 2\n');
    expect(c.render()).toContain('x_total{reason="say \\"hi\\"\\\\\\n"} 1\n');
  });

  it('keeps histogram buckets cumulative, with +Inf, sum and count', () => {
    const h = new Histogram('x_seconds', 'Latency.', 'op', [0.01, 0.1]);
    for (const v of [0.005, 0.05, 0.05, 3]) h.observe('append', v);
    const text = h.render();
    expect(text).toContain('x_seconds_bucket{op="append",le="0.01"} 1\n');
    expect(text).toContain('x_seconds_bucket{op="append",le="0.1"} 3\n');
    expect(text).toContain('x_seconds_bucket{op="append",le="+Inf"} 4\n');
    expect(text).toContain('x_seconds_sum{op="append"} 3.105\n');
    expect(text).toContain('x_seconds_count{op="append"} 4\n');
  });
});
