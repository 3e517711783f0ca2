// `pnpm bench [--quick] [--only=throughput,memory,churn,reconnect,wire,sigkill,client]
//   [--contenders=concord,stock,hocuspocus] [--churn-minutes=30] [--churn-contenders=concord,stock] [--cpu-prof]`
// Runs every workload against every contender (each server its own process, load from other processes on
// 127.0.0.1) and prints a table with each target marked met / not met. A complete full run (every workload and
// contender, no profiler) writes bench/results.json and the figures in README.md and bench/README.md; any other run
// writes bench/results-partial.json (git-ignored), so the committed figures are always those of a complete run.
// --cpu-prof writes the Concord relay's V8 CPU profiles to a temporary folder.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FULL, QUICK, type Scale } from './bench-config';
import { measureBrowser } from './client-browser';
import { buildClient, measureImport, shellSize } from './client-figures';
import { CONTENDER_NAMES, REPO_ROOT, type ContenderName } from './contenders';
import { buildPlanDoc } from './plan-doc';
import { processRssMb } from './proc-stats';
import { writeFigures } from './readme-figures';
import { benchContender, RELAY_WORKLOADS, type RelayRun } from './relay-workloads';
import { formatReport, targets } from './report';
import { clientSection, emptyRelayFigures, type Results } from './results';
import { profileConcordInto } from './server-process';
import { round } from './stats';

// y-websocket adds a process 'exit' listener per provider; the workloads hold many on purpose.
process.setMaxListeners(0);

const WORKLOADS = [...RELAY_WORKLOADS, 'client'] as const;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    only: { type: 'string' },
    contenders: { type: 'string' },
    'churn-minutes': { type: 'string' },
    'churn-contenders': { type: 'string' },
    'cpu-prof': { type: 'boolean' },
  },
});
if (values['cpu-prof']) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-prof-'));
  profileConcordInto(dir);
  console.log(`Concord relay CPU profiles go to ${dir}`);
}
const scale: Scale = values.quick ? QUICK : FULL;
const selected = new Set(values.only?.split(',') ?? WORKLOADS);
const unknown = [...selected].filter((w) => !(WORKLOADS as readonly string[]).includes(w));
if (unknown.length > 0) throw new Error(`unknown workload(s): ${unknown.join(', ')} (known: ${WORKLOADS.join(', ')})`);
const contenders = (values.contenders?.split(',') ?? CONTENDER_NAMES) as ContenderName[];

async function clientFigures(): Promise<Results['client']> {
  console.log('\n== client');
  const importMs = measureImport(scale.client.importRepeats);
  const build = buildClient();
  const dir = 'dir' in build ? build.dir : null;
  const shellGzipKb = dir ? shellSize(dir) : { value: null, reason: 'reason' in build ? build.reason : '' };
  const browser = await measureBrowser(dir, shellGzipKb.reason);
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(
    `  import ${JSON.stringify(importMs.value)}; shell ${shellGzipKb.value} KB; open ${browser.open2000Ms.value} ms; ` +
      `input-to-paint p95 ${browser.inputToPaintP95Ms.value} ms; Slow 4G first load ${browser.slow4gFirstLoadMs.value} ms; ` +
      `offline reload ${browser.offlineReloadMs.value} ms`,
  );
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
  const run: RelayRun = {
    scale,
    selected,
    base: selected.has('reconnect') || selected.has('wire') ? buildPlanDoc(scale.reconnect.docBytes, 42) : null,
    churnMinutes: Number(values['churn-minutes'] ?? scale.churn.minutes),
    churnContenders: new Set((values['churn-contenders']?.split(',') ?? ['concord']) as ContenderName[]),
  };
  const relay = { concord: emptyRelayFigures(), stock: emptyRelayFigures(), hocuspocus: emptyRelayFigures() };
  for (const name of contenders) relay[name] = await benchContender(name, run);
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
  return { importMs: skipped, shellGzipKb: skipped, open2000Ms: skipped, inputToPaintP95Ms: skipped, slow4gFirstLoadMs: skipped, offlineReloadMs: skipped };
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
