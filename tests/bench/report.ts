import { CONTENDER_NAMES, type ContenderName } from './contenders';
import type { RelayFigures, Results, Target } from './results';
import { round } from './stats';

const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : round(a / b, 2);

export function ratios(relay: Record<ContenderName, RelayFigures>): Results['relay']['ratios'] {
  const { concord, stock, hocuspocus } = relay;
  return {
    throughputVsStock: ratio(concord.maxUpdatesPerSec, stock.maxUpdatesPerSec),
    throughputVsHocuspocus: ratio(concord.maxUpdatesPerSec, hocuspocus.maxUpdatesPerSec),
    idleRssVsStock: ratio(concord.idleRssMb, stock.idleRssMb),
    cpuBoundVsStock: ratio(concord.cpuBoundUpdatesPerSec, stock.cpuBoundUpdatesPerSec),
    cpuBoundVsHocuspocus: ratio(concord.cpuBoundUpdatesPerSec, hocuspocus.cpuBoundUpdatesPerSec),
  };
}

function target(what: string, value: number | null, goal: string, met: (v: number) => boolean, unit = ''): Target {
  if (value === null) return { what, value: '-', target: goal, status: 'not measured' };
  return { what, value: `${value}${unit}`, target: goal, status: met(value) ? 'met' : 'not met' };
}

/** Every target from the brief, marked met / not met / not measured. */
export function targets(r: Pick<Results, 'relay' | 'client'>): Target[] {
  const { ratios: q, concord } = r.relay;
  const imports = r.client.importMs;
  const slowestImport = imports ? Math.max(...Object.values(imports)) : null;
  return [
    target('throughput vs stock', q.throughputVsStock, '>= 1.0x', (v) => v >= 1, 'x'),
    target('throughput vs Hocuspocus', q.throughputVsHocuspocus, '>= 1.0x', (v) => v >= 1, 'x'),
    target('(CPU-bound rate vs stock)', q.cpuBoundVsStock, '>= 1.0x', (v) => v >= 1, 'x'),
    target('(CPU-bound rate vs Hocuspocus)', q.cpuBoundVsHocuspocus, '>= 1.0x', (v) => v >= 1, 'x'),
    target('idle RSS vs stock', q.idleRssVsStock, '<= 0.5x', (v) => v <= 0.5, 'x'),
    target(`reconnect (${concord.ackBasis ?? 'n/a'})`, concord.reconnectMs, '< 1000 ms', (v) => v < 1000, ' ms'),
    target(`acked lost (${concord.ackBasis ?? 'n/a'})`, concord.ackedLost, '= 0', (v) => v === 0),
    target('import, slowest seed', slowestImport, '< 50 ms', (v) => v < 50, ' ms'),
    target('open 2,000 actions', r.client.open2000Ms, '< 1000 ms', (v) => v < 1000, ' ms'),
    target('input-to-paint p95', r.client.inputToPaintP95Ms, '<= 50 ms', (v) => v <= 50, ' ms'),
    target('shell JS gzipped', r.client.shellGzipKb, '<= 250 KB', (v) => v <= 250, ' KB'),
  ];
}

/** The relay figures a report shows, one row each: its label, then its key in RelayFigures. */
export const RELAY_ROWS: [string, keyof RelayFigures][] = [
  ['max updates/s (p99 <= 100 ms)', 'maxUpdatesPerSec'],
  ['p50 ms at that rate', 'p50Ms'],
  ['p99 ms at that rate', 'p99Ms'],
  ['server CPU ms / update at that rate', 'cpuMsPerUpdate'],
  ['server CPU ms / update at the probe rate', 'probeCpuMsPerUpdate'],
  ['updates/s to fill one core (CPU-bound)', 'cpuBoundUpdatesPerSec'],
  ['idle RSS MB', 'idleRssMb'],
  ['reconnect ms', 'reconnectMs'],
  ['acked lost after kill -9', 'ackedLost'],
  ['"acknowledged" means', 'ackBasis'],
];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The readable summary printed at the end of a run. */
export function formatReport(r: Results): string {
  const relayRows = RELAY_ROWS.map(([label, key]) => [
    label,
    ...CONTENDER_NAMES.map((name) => {
      const v = r.relay[name][key];
      return v === null || v === undefined ? '-' : String(v);
    }),
  ]);
  const notes = CONTENDER_NAMES.flatMap((name) => r.relay[name].notes.map((n) => `  ${name}: ${n}`));
  const m = r.machine;
  return [
    `Concord bench (${r.scale}) on ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}; load average at start ` +
      `${m.loadAverageAtStart.join(' ')}. Servers and load generators share these ${m.cores} cores.`,
    '',
    table(['relay', ...CONTENDER_NAMES], relayRows),
    ...(notes.length ? ['', 'notes:', ...notes] : []),
    '',
    table(['target', 'value', 'goal', 'status'], r.targets.map((t) => [t.what, t.value, t.target, t.status])),
    ...(r.client.notes.length ? ['', 'client notes:', ...r.client.notes.map((n) => `  ${n}`)] : []),
  ].join('\n');
}
