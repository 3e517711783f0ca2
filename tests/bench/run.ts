// `pnpm bench [--quick] [--only=throughput,idle,reconnect,sigkill,client] [--contenders=concord,stock,hocuspocus]
//   [--cpu-prof]` (the last writes the Concord relay's V8 CPU profiles to a temporary folder)
// Runs every workload against every contender (each server its own process, load from other processes on
// 127.0.0.1) and prints a table with each target marked met / not met. A complete full run (every workload and
// contender, no profiler) writes bench/results.json and the figures in README.md and bench/README.md; any other run
// writes bench/results-partial.json (git-ignored), so the committed figures are always those of a complete run.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type * as Y from 'yjs';
import { FULL, QUICK, type Scale } from './bench-config';
import { measureBrowser } from './client-browser';
import { buildClient, measureImport, shellSize } from './client-figures';
import { CONTENDER_NAMES, CONTENDERS, REPO_ROOT, type ContenderName } from './contenders';
import { buildPlanDoc } from './plan-doc';
import { processRssMb } from './proc-stats';
import { writeFigures } from './readme-figures';
import { formatReport, ratios, targets } from './report';
import { profileConcordInto } from './server-process';
import { clientSection, emptyRelayFigures, type RelayFigures, type Results } from './results';
import { round } from './stats';
import { runIdle } from './workloads/idle';
import { runReconnect } from './workloads/reconnect';
import { runSigkill } from './workloads/sigkill';
import { runThroughput } from './workloads/throughput';

// y-websocket adds a process 'exit' listener per provider; the idle workload holds thousands on purpose.
process.setMaxListeners(0);

const WORKLOADS = ['throughput', 'idle', 'reconnect', 'sigkill', 'client'] as const;
type Workload = (typeof WORKLOADS)[number];

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, only: { type: 'string' }, contenders: { type: 'string' }, 'cpu-prof': { type: 'boolean' } },
});
if (values['cpu-prof']) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-prof-'));
  profileConcordInto(dir);
  console.log(`Concord relay CPU profiles go to ${dir}`);
}
const scale: Scale = values.quick ? QUICK : FULL;
const selected = new Set((values.only?.split(',') ?? WORKLOADS) as Workload[]);
const contenders = (values.contenders?.split(',') ?? CONTENDER_NAMES) as ContenderName[];

async function attempt(fig: RelayFigures, what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    fig.notes.push(`${what} failed: ${(err as Error).message.split('\n')[0]}`);
    console.error(`  ${what} failed:`, err);
  }
}

async function benchContender(name: ContenderName, base: Y.Doc | null): Promise<RelayFigures> {
  const fig = emptyRelayFigures();
  const unavailable = CONTENDERS[name].unavailable();
  if (unavailable) {
    fig.notes.push(`not run: ${unavailable}`);
    return fig;
  }
  console.log(`\n== ${CONTENDERS[name].label}`);
  CONTENDERS[name].prepare?.();
  if (selected.has('throughput')) await attempt(fig, 'throughput', () => throughput(name, fig));
  if (selected.has('idle')) await attempt(fig, 'idle', () => idle(name, fig));
  if (base && selected.has('reconnect')) await attempt(fig, 'reconnect', () => reconnect(name, fig, base));
  if (selected.has('sigkill')) await attempt(fig, 'sigkill', () => sigkill(name, fig));
  return fig;
}

async function throughput(name: ContenderName, fig: RelayFigures): Promise<void> {
  const t = await runThroughput(name, scale);
  fig.details.throughput = t;
  Object.assign(fig, { maxUpdatesPerSec: t.maxUpdatesPerSec, p50Ms: t.p50Ms, p99Ms: t.p99Ms });
  fig.cpuMsPerUpdate = t.cpuMsPerUpdate;
  fig.probeCpuMsPerUpdate = t.probeCpuMsPerUpdate;
  fig.cpuBoundUpdatesPerSec = t.probeCpuMsPerUpdate ? Math.round(1000 / t.probeCpuMsPerUpdate) : null;
  if (t.probeCpuMsPerUpdate === null) fig.notes.push('throughput: the CPU probe step never delivered 99 % of its updates');
  if (t.maxUpdatesPerSec === null) fig.notes.push(`throughput: not even the first step was sustained (${t.stoppedBy})`);
  else fig.notes.push(`throughput: ramp stopped by ${t.stoppedBy}`);
}

async function idle(name: ContenderName, fig: RelayFigures): Promise<void> {
  const i = await runIdle(name, scale);
  fig.details.idle = i;
  fig.idleRssMb = i.idleRssMb;
  console.log(`  idle: ${i.connections} connections / ${i.rooms} rooms: ${i.idleRssMb} MB (${i.baselineRssMb} MB before)`);
}

async function reconnect(name: ContenderName, fig: RelayFigures, base: Y.Doc): Promise<void> {
  const r = await runReconnect(name, scale, base);
  fig.details.reconnect = r;
  fig.reconnectMs = r.reconnectMs;
  fig.ackBasis = r.receipt === 'present' ? 'receipt' : 'merged';
  if (r.receipt === 'missing') fig.notes.push('reconnect: no stored receipt (message 100) arrived; timed until merged');
  console.log(`  reconnect (${Math.round(r.docBytes / 1000)} KB doc, +${r.runs[0]?.offlineUpdateBytes ?? 0} B offline): merged ${r.mergedMs} ms, acked ${r.ackedMs ?? '-'} ms (receipt ${r.receipt})`);
}

async function sigkill(name: ContenderName, fig: RelayFigures): Promise<void> {
  const k = await runSigkill(name, scale);
  fig.details.sigkill = k;
  fig.ackedLost = k.ackedLost;
  if (k.ackBasis === 'peer') {
    fig.ackBasis ??= 'merged';
    if (name === 'concord') fig.notes.push('sigkill: no stored receipt arrived; "acknowledged" = reached a peer');
  } else fig.ackBasis = 'receipt';
  console.log(`  kill -9: sent ${k.sent}, acked ${k.acked} (${k.ackBasis}), restored ${k.restored}, acked lost ${k.ackedLost}`);
}

async function clientFigures(): Promise<Results['client']> {
  console.log('\n== client');
  const importMs = measureImport(scale.client.importRepeats);
  const build = buildClient();
  const dir = 'dir' in build ? build.dir : null;
  const shellGzipKb = dir ? shellSize(dir) : { value: null, reason: 'reason' in build ? build.reason : '' };
  const browser = await measureBrowser(dir, shellGzipKb.reason).catch((err: Error) => {
    const reason = `browser run failed: ${err.message.split('\n')[0]}`;
    return { open2000Ms: { value: null, reason }, inputToPaintP95Ms: { value: null, reason } };
  });
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(`  import ${JSON.stringify(importMs.value)}; shell ${shellGzipKb.value} KB; open ${browser.open2000Ms.value} ms; input-to-paint p95 ${browser.inputToPaintP95Ms.value} ms`);
  return clientSection({ importMs, shellGzipKb, ...browser });
}

async function machine(): Promise<Results['machine']> {
  return {
    cores: os.cpus().length,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
    nodeAloneRssMb: await nodeAloneRssMb(),
  };
}

/** VmRSS of a `node` that loads nothing, read once it has reached its event loop: the floor under every relay. */
async function nodeAloneRssMb(): Promise<number | null> {
  const child = spawn(process.execPath, ['-e', "setInterval(() => {}, 1000); process.stdout.write('ready')"]);
  try {
    await once(child.stdout, 'data');
    return round(processRssMb(child.pid!), 1);
  } catch {
    return null;
  } finally {
    child.kill();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const machineInfo = await machine();
  console.log(`Concord bench (${scale.name}) on ${machineInfo.cores} cores; load average ${machineInfo.loadAverageAtStart.join(' ')}`);
  let base: Y.Doc | null = null;
  if (selected.has('reconnect')) {
    base = buildPlanDoc(scale.reconnect.docBytes, 42);
  }
  const figures = { concord: emptyRelayFigures(), stock: emptyRelayFigures(), hocuspocus: emptyRelayFigures() };
  for (const name of contenders) figures[name] = await benchContender(name, base);
  const relay: Results['relay'] = { ...figures, ratios: ratios(figures) };
  const client = selected.has('client') ? await clientFigures() : clientSection(notRun());
  const results: Results = { generatedAt: new Date().toISOString(), scale: scale.name, machine: machineInfo, relay, client, targets: [] };
  results.targets = targets(results);
  const complete = scale.name === 'full' && selected.size === WORKLOADS.length && contenders.length === CONTENDER_NAMES.length && !values['cpu-prof'];
  const file = complete ? 'bench/results.json' : 'bench/results-partial.json';
  mkdirSync(path.join(REPO_ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(REPO_ROOT, file), `${JSON.stringify(results, null, 2)}\n`);
  if (complete) writeFigures(REPO_ROOT, results);
  const wrote = complete ? `${file} and the figures in README.md and bench/README.md` : `${file} (not a complete full run: the READMEs keep their figures)`;
  console.log(`\n${formatReport(results)}\n\nwrote ${wrote} in ${round((performance.now() - started) / 1000, 0)} s`);
}

function notRun(): Parameters<typeof clientSection>[0] {
  const skipped = { value: null, reason: 'client figures not selected (--only)' };
  return { importMs: skipped, shellGzipKb: skipped, open2000Ms: skipped, inputToPaintP95Ms: skipped };
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
