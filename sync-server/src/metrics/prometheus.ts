/**
 * The few Prometheus metric kinds the relay needs, rendered in the text exposition format (version 0.0.4).
 * Label values are escaped; metric and label names are fixed in code.
 */

type Labels = Record<string, string>;

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

function header(name: string, help: string, type: string): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;
}

/** Something that can render itself into the exposition text. */
export interface Metric {
  render(): string;
}

/** A value read when scraped (connections, rooms, memory). */
export class Gauge implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => number,
  ) {}

  render(): string {
    return `${header(this.name, this.help, 'gauge')}${this.name} ${this.read()}\n`;
  }
}

/** A monotonically increasing count per value of one label. */
export class Counter implements Metric {
  private readonly values = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly label: string,
  ) {}

  inc(labelValue: string, by = 1): void {
    this.values.set(labelValue, (this.values.get(labelValue) ?? 0) + by);
  }

  get(labelValue: string): number {
    return this.values.get(labelValue) ?? 0;
  }

  render(): string {
    const lines = [...this.values].map(([v, n]) => `${this.name}${labelText({ [this.label]: v })} ${n}\n`);
    return header(this.name, this.help, 'counter') + lines.join('');
  }
}

/** Observations in cumulative buckets per value of one label (seconds, by convention). */
export class Histogram implements Metric {
  private readonly series = new Map<string, { buckets: number[]; sum: number; count: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly label: string,
    private readonly bounds: readonly number[],
  ) {}

  observe(labelValue: string, value: number): void {
    let s = this.series.get(labelValue);
    if (!s) this.series.set(labelValue, (s = { buckets: this.bounds.map(() => 0), sum: 0, count: 0 }));
    this.bounds.forEach((bound, i) => value <= bound && s.buckets[i]!++);
    s.sum += value;
    s.count++;
  }

  render(): string {
    let out = header(this.name, this.help, 'histogram');
    for (const [v, s] of this.series) {
      const bucket = (le: string, n: number) => `${this.name}_bucket${labelText({ [this.label]: v, le })} ${n}\n`;
      out += this.bounds.map((b, i) => bucket(String(b), s.buckets[i]!)).join('') + bucket('+Inf', s.count);
      out += `${this.name}_sum${labelText({ [this.label]: v })} ${s.sum}\n`;
      out += `${this.name}_count${labelText({ [this.label]: v })} ${s.count}\n`;
    }
    return out;
  }
}
