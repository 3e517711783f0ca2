import { describe, expect, it } from 'vitest';
import { LatencyHistogram, median } from './stats';

describe('LatencyHistogram', () => {
  it('reports quantiles to the upper edge of their 0.1 ms bucket', () => {
    const h = new LatencyHistogram();
    for (let ms = 1; ms <= 100; ms++) h.add(ms);
    expect(h.quantile(0.5)).toBeCloseTo(50.1, 5);
    expect(h.quantile(0.99)).toBeCloseTo(99.1, 5);
  });

  it('counts missing deliveries as infinitely late', () => {
    const h = new LatencyHistogram();
    for (let i = 0; i < 98; i++) h.add(1);
    h.addMissing(2);
    expect(h.quantile(0.98)).toBeCloseTo(1.1, 5);
    expect(h.quantile(0.99)).toBe(Infinity);
  });

  it('merges what generator processes send over IPC exactly', () => {
    const a = new LatencyHistogram();
    const b = new LatencyHistogram();
    [3, 7, 7.05].forEach((ms) => a.add(ms));
    [20, 6000].forEach((ms) => b.add(ms));
    const merged = new LatencyHistogram();
    merged.merge(JSON.parse(JSON.stringify(a.toSparse())));
    merged.merge(JSON.parse(JSON.stringify(b.toSparse())));
    expect(merged.count).toBe(5);
    expect(merged.overflow).toBe(1);
    expect(merged.quantile(0.6)).toBeCloseTo(7.1, 5);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
