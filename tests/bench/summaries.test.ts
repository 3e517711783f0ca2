import { describe, expect, it } from 'vitest';
import { slopePer10Min } from './workloads/churn';
import { spread } from './workloads/ramps';

describe('spread over repetitions', () => {
  it('gives the median and the range of the runs that produced a figure', () => {
    expect(spread([3000, null, 2000, 4000])).toEqual({ median: 3000, min: 2000, max: 4000, runs: [3000, 2000, 4000] });
  });

  it('keeps an infinitely late run (a step that lost deliveries) instead of dropping it', () => {
    const s = spread([40, Infinity, 60]);
    expect(s?.median).toBe(60);
    expect(s?.max).toBe(Infinity);
  });

  it('is null when no run produced the figure', () => {
    expect(spread([null, null])).toBeNull();
  });
});

describe('churn slope', () => {
  it('scales a least-squares slope to MB per 10 minutes', () => {
    // 0.1 MB a minute, with noise that averages out.
    const points = [0, 1, 2, 3, 4, 5].map((m) => [m * 60, 10 + m * 0.1 + (m % 2 ? 0.05 : -0.05)] as const);
    expect(slopePer10Min(points)).toBeCloseTo(1, 0);
  });

  it('reads a flat series as no growth and needs three points', () => {
    expect(slopePer10Min([[0, 9], [60, 9], [120, 9]])).toBe(0);
    expect(slopePer10Min([[0, 9], [60, 12]])).toBeNull();
  });
});
