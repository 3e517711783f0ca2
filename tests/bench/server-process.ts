import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CONTENDERS, REPO_ROOT, type ContenderName, type Endpoint } from './contenders';
import { onCores } from './cpu-pinning';
import { processCpuMs, processRssMb } from './proc-stats';

export type ServerHandle = {
  name: ContenderName;
  pid: number;
  port: number;
  dataDir: string;
  endpoint: Endpoint;
  cpuMs(): number;
  rssMb(): number;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s. */
  stop(): Promise<void>;
  /** kill -9: no shutdown hooks, no flushing. */
  kill9(): Promise<void>;
  /** The last lines it printed, for error messages. */
  log(): string;
};

const READY = /listening on http:\/\/[^:\s]+:(\d+)/;
const START_TIMEOUT_MS = 60_000;

/** A free loopback port (bound and released, so a restart can reuse the same one). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export function newDataDir(name: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `concord-bench-${name}-`));
}

export type ProcessHandle = Omit<ServerHandle, 'name' | 'dataDir' | 'endpoint'>;

let cpuProfileDir: string | null = null;

/**
 * Every Concord relay started from now on writes a V8 CPU profile into `dir` when it exits (it stops cleanly on
 * SIGTERM; the other contenders die on it without writing one). Open them in Chrome DevTools.
 */
export function profileConcordInto(dir: string): void {
  cpuProfileDir = dir;
}

export type ServerOptions = {
  port?: number;
  dataDir?: string;
  /** Run it on these cores only (a taskset list, e.g. '0'); default: wherever the OS puts it. */
  cores?: string | null;
  /** Extra environment (e.g. CONCORD_DEBUG_MEMORY=1 for heap figures after a full GC). */
  env?: Record<string, string>;
};

/** Starts a contender as its own process on 127.0.0.1 and resolves once it prints its ready line. */
export async function startServer(name: ContenderName, opts: ServerOptions = {}): Promise<ServerHandle> {
  const contender = CONTENDERS[name];
  const port = opts.port ?? (await freePort());
  const dataDir = opts.dataDir ?? newDataDir(name);
  const profile = cpuProfileDir && name === 'concord' ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const env = { ...contender.env(dataDir), ...opts.env };
  const handle = await startProcess([...profile, ...contender.nodeArgs(port, dataDir)], env, port, opts.cores ?? null);
  return { ...handle, name, dataDir, endpoint: contender.endpoint(port) };
}

/**
 * Runs `node <args>` from the repo root (on `cores` only, when given: taskset execs node in place, so the pid is
 * node's) and resolves once it prints "... listening on http://H:P".
 */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  port: number,
  cores: string | null = null,
): Promise<ProcessHandle> {
  const [command, commandArgs] = onCores(cores, process.execPath, args);
  const child = spawn(command, commandArgs, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitReady(child, lines, exited);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${args.join(' ')}: no pid`);
  const stopWith = async (signal: NodeJS.Signals, graceMs: number): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return {
    pid,
    port,
    cpuMs: () => processCpuMs(pid),
    rssMb: () => processRssMb(pid),
    stop: () => stopWith('SIGTERM', 5_000),
    kill9: () => stopWith('SIGKILL', 0),
    log: () => lines.slice(-30).join('\n'),
  };
}

function waitReady(child: ChildProcess, lines: string[], exited: Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${START_TIMEOUT_MS} ms:\n${lines.join('\n')}`));
    }, START_TIMEOUT_MS);
    // BENCH_SERVER_LOG=FILE keeps every line every server prints, to check a surprising figure afterwards.
    const keep = process.env.BENCH_SERVER_LOG;
    const onData = (chunk: Buffer): void => {
      if (keep) appendFileSync(keep, chunk);
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() === '') continue;
        lines.push(line);
        if (lines.length > 200) lines.shift();
        if (READY.test(line)) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before it was ready:\n${lines.join('\n')}`));
    });
  });
}
