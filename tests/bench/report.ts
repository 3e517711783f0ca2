import { CONTENDER_NAMES } from './contenders';
import type { RelayFigures, Results, Target } from './results';
import { round } from './stats';
import type { Spread } from './workloads/ramps';

const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? null : round(a / b, 2);

function target(what: string, value: number | null, goal: string, met: (v: number) => boolean, unit = ''): Target {
  if (value === null || !Number.isFinite(value)) {
    return { what, value: value === null ? '-' : 'inf', target: goal, status: value === null ? 'not measured' : 'not met' };
  }
  return { what, value: `${value}${unit}`, target: goal, status: met(value) ? 'met' : 'not met' };
}

const growthAt = (f: RelayFigures, connections: number): number | null => f.growthPerConnectionKb?.[String(connections)] ?? null;
const maxConnections = (r: Pick<Results, 'relay'>): number =>
  Math.max(0, ...Object.keys(r.relay.concord.growthPerConnectionKb ?? {}).map(Number));

/** The relay targets of the brief (issue 17), as ratios against the peers measured in the same run. */
function relayTargets(r: Pick<Results, 'relay'>): Target[] {
  const { concord, stock, hocuspocus } = r.relay;
  const churn = concord.details.churn;
  const memory = concord.details.memory;
  const conns = maxConnections(r);
  const heapBack = memory?.heapAfterGcMb.afterUnload != null && memory.heapAfterGcMb.baseline != null
    ? round(memory.heapAfterGcMb.afterUnload - memory.heapAfterGcMb.baseline, 1) : null;
  const ramps = concord.details.ramps;
  const rampCount = ramps ? (ramps.pinned?.ramps.length ?? 0) + ramps.unpinned.ramps.length : null;
  return [
    target('CPU/update at the 1,000/s probe vs Hocuspocus', ratio(concord.probeCpuMsPerUpdate, hocuspocus.probeCpuMsPerUpdate), '<= 0.8x', (v) => v <= 0.8, 'x'),
    target('p50 at 3,000/s vs stock', ratio(concord.p50AtLatencyRateMs, stock.p50AtLatencyRateMs), '<= 1.0x', (v) => v <= 1, 'x'),
    target('p99 at 3,000/s vs stock', ratio(concord.p99AtLatencyRateMs, stock.p99AtLatencyRateMs), '<= 1.0x', (v) => v <= 1, 'x'),
    target('relay event-loop max at 3,000/s', concord.loopMaxAtLatencyRateMs, '< 20 ms', (v) => v < 20, ' ms'),
    target('ramps run (pinned + unpinned, Concord)', rampCount, '= 6', (v) => v >= 6),
    target('max updates/s vs stock', ratio(concord.maxUpdatesPerSec, stock.maxUpdatesPerSec), '>= 1.0x', (v) => v >= 1, 'x'),
    target('max updates/s vs Hocuspocus', ratio(concord.maxUpdatesPerSec, hocuspocus.maxUpdatesPerSec), '>= 1.0x', (v) => v >= 1, 'x'),
    target(`RSS growth per idle connection at ${conns} vs stock`, ratio(growthAt(concord, conns), growthAt(stock, conns)), '<= 0.5x', (v) => v <= 0.5, 'x'),
    target(`heap growth over a ${churn?.minutes ?? '?'}-minute churn`, churn?.heapGrowthMb ?? null, '<= 2 MB', (v) => v <= 2, ' MB'),
    target('heap after unloading every room, over the first', heapBack, '<= 2 MB', (v) => v <= 2, ' MB'),
    target('bytes sent on reconnect vs minimal diff', concord.wireUpRatio, '<= 1.2x', (v) => v <= 1.2, 'x'),
    target('bytes received on reconnect vs minimal diff', concord.wireDownRatio, '<= 1.2x', (v) => v <= 1.2, 'x'),
    target(`reconnect (${concord.ackBasis ?? 'n/a'})`, concord.reconnectMs, '< 1000 ms', (v) => v < 1000, ' ms'),
    target(`acked lost (${concord.ackBasis ?? 'n/a'})`, concord.ackedLost, '= 0', (v) => v === 0),
  ];
}

/** Every target, marked met / not met / not measured. */
export function targets(r: Pick<Results, 'relay' | 'client'>): Target[] {
  const c = r.client;
  const slowestImport = c.importMs ? Math.max(...Object.values(c.importMs)) : null;
  return [
    ...relayTargets(r),
    target('open 2,000 actions', c.open2000Ms, '<= 500 ms', (v) => v <= 500, ' ms'),
    target('first load over Slow 4G, interactive', c.slow4gFirstLoadMs, '<= 3000 ms', (v) => v <= 3000, ' ms'),
    target('offline reload, interactive', c.offlineReloadMs, '<= 1000 ms', (v) => v <= 1000, ' ms'),
    target('import, slowest seed', slowestImport, '< 50 ms', (v) => v < 50, ' ms'),
    target('input-to-paint p95', c.inputToPaintP95Ms, '<= 50 ms', (v) => v <= 50, ' ms'),
    target('shell JS gzipped', c.shellGzipKb, '<= 250 KB', (v) => v <= 250, ' KB'),
  ];
}

const show = (v: unknown): string => (v === null || v === undefined ? '-' : typeof v === 'number' && !Number.isFinite(v) ? 'inf' : String(v));
/** Inside a spread a figure is always a number: null there is an infinite p99 that came back from JSON (which has no Infinity). */
const inSpread = (v: number | null): string => show(v ?? Infinity);
const showSpread = (s: Spread | undefined): string => (s ? `${inSpread(s.median)} (${inSpread(s.min)}-${inSpread(s.max)})` : '-');

type Row = [string, (f: RelayFigures) => string];

/** The relay figures a report shows, one row each: its label, then how a contender's cell reads. */
export const RELAY_ROWS: Row[] = [
  ['max updates/s (p99 <= 100 ms), median of the pinned ramps', (f) => show(f.maxUpdatesPerSec)],
  ['max updates/s, pinned: median (min-max)', (f) => showSpread(f.details.ramps?.pinned?.maxUpdatesPerSec ?? undefined)],
  ['max updates/s, unpinned: median (min-max)', (f) => showSpread(f.details.ramps?.unpinned.maxUpdatesPerSec ?? undefined)],
  ['CPU ms/update at 1,000/s, pinned', (f) => showSpread(f.details.ramps?.pinned?.probeCpuMsPerUpdate ?? undefined)],
  ['CPU ms/update at 1,000/s, unpinned', (f) => showSpread(f.details.ramps?.unpinned.probeCpuMsPerUpdate ?? undefined)],
  ['p50 ms at 3,000/s, pinned', (f) => showSpread(f.details.ramps?.pinned?.p50AtLatencyRateMs ?? undefined)],
  ['p99 ms at 3,000/s, pinned', (f) => showSpread(f.details.ramps?.pinned?.p99AtLatencyRateMs ?? undefined)],
  ['p50 / p99 ms at 3,000/s, unpinned', (f) => `${showSpread(f.details.ramps?.unpinned.p50AtLatencyRateMs ?? undefined)} / ${showSpread(f.details.ramps?.unpinned.p99AtLatencyRateMs ?? undefined)}`],
  ['relay loop max ms at 3,000/s, pinned', (f) => showSpread(f.details.ramps?.pinned?.loopMaxAtLatencyRateMs ?? undefined)],
  ['RSS MB before any connection', (f) => show(f.baselineRssMb)],
  ['KB per idle connection (at N)', (f) => Object.entries(f.growthPerConnectionKb ?? {}).map(([n, kb]) => `${kb} (${n})`).join(', ') || '-'],
  ['reconnect ms', (f) => show(f.reconnectMs)],
  ['wire: sent / received vs minimal', (f) => `${show(f.wireUpRatio)} / ${show(f.wireDownRatio)}`],
  ['acked lost after kill -9', (f) => show(f.ackedLost)],
  ['"acknowledged" means', (f) => show(f.ackBasis)],
];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The readable summary printed at the end of a run. */
export function formatReport(r: Results): string {
  const relayRows = RELAY_ROWS.map(([label, cell]) => [label, ...CONTENDER_NAMES.map((name) => cell(r.relay[name]))]);
  const notes = CONTENDER_NAMES.flatMap((name) => r.relay[name].notes.map((n) => `  ${name}: ${n}`));
  const m = r.machine;
  return [
    `Concord bench (${r.scale}) on ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}; load average at start ` +
      `${m.loadAverageAtStart.join(' ')}. Pinned: server on its own core, load on the other(s).`,
    '',
    table(['relay', ...CONTENDER_NAMES], relayRows),
    ...(notes.length ? ['', 'notes:', ...notes] : []),
    '',
    table(['target', 'value', 'goal', 'status'], r.targets.map((t) => [t.what, t.value, t.target, t.status])),
    ...(r.client.notes.length ? ['', 'client notes:', ...r.client.notes.map((n) => `  ${n}`)] : []),
  ].join('\n');
}
