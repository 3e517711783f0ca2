import type * as Y from 'yjs';
import type { Scale } from './bench-config';
import { CONTENDERS, type ContenderName } from './contenders';
import { emptyRelayFigures, rampFigures, type RelayFigures } from './results';
import { runChurn } from './workloads/churn';
import { runMemory } from './workloads/memory';
import { runRamps } from './workloads/ramps';
import { runReconnect } from './workloads/reconnect';
import { runSigkill } from './workloads/sigkill';
import { runWire } from './workloads/wire';

export const RELAY_WORKLOADS = ['throughput', 'memory', 'churn', 'reconnect', 'wire', 'sigkill'] as const;
export type RelayWorkload = (typeof RELAY_WORKLOADS)[number];

export type RelayRun = {
  scale: Scale;
  selected: ReadonlySet<string>;
  /** The plan doc the reconnect and wire workloads start from (null when neither runs). */
  base: Y.Doc | null;
  churnMinutes: number;
  /** Contenders the churn runs against (the leak check is Concord's; the peers only when asked). */
  churnContenders: ReadonlySet<ContenderName>;
};

async function attempt(fig: RelayFigures, what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    fig.notes.push(`${what} failed: ${(err as Error).message.split('\n')[0]}`);
    console.error(`  ${what} failed:`, err);
  }
}

/** Every selected relay workload against one contender, each in its own server process. */
export async function benchContender(name: ContenderName, run: RelayRun): Promise<RelayFigures> {
  const fig = emptyRelayFigures();
  const unavailable = CONTENDERS[name].unavailable();
  if (unavailable) {
    fig.notes.push(`not run: ${unavailable}`);
    return fig;
  }
  console.log(`\n== ${CONTENDERS[name].label}`);
  CONTENDERS[name].prepare?.();
  const { scale, selected, base } = run;
  if (selected.has('throughput')) await attempt(fig, 'throughput', () => throughput(name, scale, fig));
  if (selected.has('memory')) await attempt(fig, 'memory', () => memory(name, scale, fig));
  if (selected.has('churn') && run.churnContenders.has(name)) {
    await attempt(fig, 'churn', async () => void (fig.details.churn = await runChurn(name, scale, run.churnMinutes)));
  }
  if (base && selected.has('reconnect')) await attempt(fig, 'reconnect', () => reconnect(name, scale, fig, base));
  if (base && selected.has('wire')) await attempt(fig, 'wire', () => wire(name, scale, fig, base));
  if (selected.has('sigkill')) await attempt(fig, 'sigkill', () => sigkill(name, scale, fig));
  return fig;
}

async function throughput(name: ContenderName, scale: Scale, fig: RelayFigures): Promise<void> {
  const ramps = await runRamps(name, scale);
  fig.details.ramps = ramps;
  Object.assign(fig, rampFigures(ramps));
  if (ramps.pinnedNotRun) fig.notes.push(`throughput: no pinned ramps (${ramps.pinnedNotRun}); figures are unpinned`);
  for (const r of [...(ramps.pinned?.ramps ?? []), ...ramps.unpinned.ramps]) {
    const label = r.pinned ? 'pinned' : 'unpinned';
    if (r.probeCpuMsPerUpdate === null) fig.notes.push(`throughput (${label}): the CPU probe step never delivered 99 % of its updates`);
    if (r.maxUpdatesPerSec === null) fig.notes.push(`throughput (${label}): not even the first step was sustained (${r.stoppedBy})`);
  }
}

async function memory(name: ContenderName, scale: Scale, fig: RelayFigures): Promise<void> {
  const m = await runMemory(name, scale);
  fig.details.memory = m;
  fig.baselineRssMb = m.baselineRssMb;
  fig.growthPerConnectionKb = Object.fromEntries(m.points.map((p) => [String(p.connections), p.growthPerConnectionKb]));
}

async function reconnect(name: ContenderName, scale: Scale, fig: RelayFigures, base: Y.Doc): Promise<void> {
  const r = await runReconnect(name, scale, base);
  fig.details.reconnect = r;
  fig.reconnectMs = r.reconnectMs;
  fig.ackBasis = r.receipt === 'present' ? 'receipt' : 'merged';
  if (r.receipt === 'missing') fig.notes.push('reconnect: no stored receipt (message 100) arrived; timed until merged');
  console.log(`  reconnect (${Math.round(r.docBytes / 1000)} KB doc, +${r.runs[0]?.offlineUpdateBytes ?? 0} B offline): merged ${r.mergedMs} ms, acked ${r.ackedMs ?? '-'} ms (receipt ${r.receipt})`);
}

async function wire(name: ContenderName, scale: Scale, fig: RelayFigures, base: Y.Doc): Promise<void> {
  const w = await runWire(name, scale, base);
  fig.details.wire = w;
  fig.wireUpRatio = w.upRatio;
  fig.wireDownRatio = w.downRatio;
  console.log(`  wire: sent ${w.sentBytes} B (minimal ${w.minimalUpBytes}, ${w.upRatio}x), received ${w.receivedBytes} B (minimal ${w.minimalDownBytes}, ${w.downRatio}x)`);
}

async function sigkill(name: ContenderName, scale: Scale, fig: RelayFigures): Promise<void> {
  const k = await runSigkill(name, scale);
  fig.details.sigkill = k;
  fig.ackedLost = k.ackedLost;
  if (k.ackBasis === 'peer') {
    fig.ackBasis ??= 'merged';
    if (name === 'concord') fig.notes.push('sigkill: no stored receipt arrived; "acknowledged" = reached a peer');
  } else fig.ackBasis = 'receipt';
  console.log(`  kill -9: sent ${k.sent}, acked ${k.acked} (${k.ackBasis}), restored ${k.restored}, acked lost ${k.ackedLost}`);
}
