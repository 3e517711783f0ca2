// Latency histogram that generator processes fill and the runner merges: fixed 0.1 ms buckets up to 5 s, so
// merging is exact and shipping it over IPC costs a few KB (only non-empty buckets travel).

const BUCKET_MS = 0.1;
const BUCKETS = 50_000;

export type SparseHistogram = { buckets: [number, number][]; overflow: number };

export class LatencyHistogram {
  private counts = new Uint32Array(BUCKETS);
  /** Samples above the range, and deliveries that never arrived (they count as infinitely late). */
  overflow = 0;

  add(ms: number): void {
    const bucket = Math.floor(ms / BUCKET_MS);
    if (bucket < BUCKETS) this.counts[Math.max(0, bucket)]! += 1;
    else this.overflow += 1;
  }

  addMissing(n: number): void {
    this.overflow += n;
  }

  get count(): number {
    let total = this.overflow;
    for (const c of this.counts) total += c;
    return total;
  }

  /** The q-quantile (0..1) in ms: the upper edge of its bucket; Infinity when it falls among the missing. */
  quantile(q: number): number {
    const total = this.count;
    if (total === 0) return NaN;
    const rank = Math.ceil(q * total);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return (i + 1) * BUCKET_MS;
    }
    return Infinity;
  }

  toSparse(): SparseHistogram {
    const buckets: [number, number][] = [];
    this.counts.forEach((c, i) => {
      if (c > 0) buckets.push([i, c]);
    });
    return { buckets, overflow: this.overflow };
  }

  merge(sparse: SparseHistogram): void {
    for (const [i, c] of sparse.buckets) this.counts[i]! += c;
    this.overflow += sparse.overflow;
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
