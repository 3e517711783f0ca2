/**
 * Starts the REAL relay (`concord serve`) as its own process on 127.0.0.1, for integration and browser tests.
 * Spawns `node --import tsx sync-server/src/cli.ts serve --port 0 …` from the repo root (or, with `bundle: true`,
 * the built `sync-server/dist/concord.mjs` with the production node flags, as scripts/start.sh runs it) and waits
 * for its "Concord relay listening on http://H:P" line (the `msg` of its JSON start-up line).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the relay runs from here, as `pnpm concord` does). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The CLI entry point. */
export const CLI_PATH = join(REPO_ROOT, 'sync-server/src/cli.ts');
/** The built relay (`pnpm --filter @concord/sync-server build`), which scripts/start.sh runs. */
export const BUNDLE_PATH = join(REPO_ROOT, 'sync-server/dist/concord.mjs');

/** The node flags scripts/start.sh runs the relay with: one list, in sync-server/node-options. */
export function relayNodeOptions(): string[] {
  const text = readFileSync(join(REPO_ROOT, 'sync-server/node-options'), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).flatMap((line) => line.trim().split(/\s+/));
}

const READY_LINE = /Concord relay listening on http:\/\/([^\s:]+|\[[^\]]+\]):(\d+)/;
const START_TIMEOUT_MS = 30_000;

export interface StartRelayOptions {
  /** Data directory (the SQLite file goes in it). Default: a fresh temp dir, removed when the test process exits. */
  dataDir?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Built client to serve; default: a path that does not exist (relay only). */
  clientDist?: string;
  /** Extra environment, e.g. `{ CONCORD_UNLOAD_GRACE_MS: '200' }`. */
  env?: Record<string, string>;
  /** Extra `concord serve` arguments, e.g. `['--store', 'postgres://…']`. */
  args?: string[];
  /** Extra node arguments, e.g. `['--expose-gc']`. */
  nodeArgs?: string[];
  /** Run the built bundle with the production node flags instead of the TypeScript sources (build it first). */
  bundle?: boolean;
  /**
   * Start the relay with its own defaults, as the README does (every room needs a token). Otherwise the relay runs
   * with `--auth open` (unless `args` or `env` set the auth): tests about other things sync tokenless rooms.
   */
  safeDefaults?: boolean;
}

export interface RunningRelay {
  /** http://127.0.0.1:P */
  url: string;
  /** ws://127.0.0.1:P/sync: a y-websocket serverUrl (the room is the plan id). */
  wsUrl: string;
  port: number;
  dataDir: string;
  /** The relay process's stdout and stderr so far (for assertions and failure messages). */
  output(): string;
  /** SIGTERM, then waits for exit; rejects unless the relay exited with code 0. */
  stop(): Promise<void>;
  /** SIGKILL (a crash), then waits for exit. */
  kill(): Promise<void>;
  /** The relay process id. */
  pid: number;
}

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Spawns a relay and resolves once it is listening. */
export async function startRelay(opts: StartRelayOptions = {}): Promise<RunningRelay> {
  const dataDir = opts.dataDir ?? makeTempDir();
  const entry = opts.bundle ? [...relayNodeOptions(), BUNDLE_PATH] : ['--import', 'tsx', CLI_PATH];
  const args = [...(opts.nodeArgs ?? []), ...entry, 'serve', '--port', String(opts.port ?? 0), '--host', '127.0.0.1'];
  args.push('--data', dataDir, '--client', opts.clientDist ?? join(dataDir, 'no-client-build'), ...(opts.args ?? []));
  if (!opts.safeDefaults && !(opts.args ?? []).includes('--auth') && !opts.env?.CONCORD_AUTH) args.push('--auth', 'open');
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      done({ code, signal });
    }),
  );
  const port = await waitForReady(child, exited, () => output);
  const host = '127.0.0.1';
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return {
    url: `http://${host}:${port}`,
    wsUrl: `ws://${host}:${port}/sync`,
    port,
    dataDir,
    pid: child.pid!,
    output: () => output,
    async stop() {
      const { code, signal } = await end('SIGTERM');
      if (code !== 0) throw new Error(`relay exited with code ${code} signal ${signal}\n${output}`);
    },
    async kill() {
      await end('SIGKILL');
    },
  };
}

function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'concord-relay-'));
  tempDirs.add(dir);
  return dir;
}

function waitForReady(
  child: ChildProcess,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  output: () => string,
): Promise<number> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`relay did not start within ${START_TIMEOUT_MS} ms\n${output()}`));
    }, START_TIMEOUT_MS);
    const onData = () => {
      const match = READY_LINE.exec(output());
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      done(Number(match[2]));
    };
    child.stdout!.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(new Error(`relay exited before it was ready (code ${code}, signal ${signal})\n${output()}`));
    });
  });
}

/** What a finished `concord` command left behind. */
export interface ConcordRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `concord ...args` (the real CLI, in its own process) from the repo root and waits for it to exit. */
export function runConcord(...args: string[]): Promise<ConcordRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI_PATH, ...args], { cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', fail).on('close', (code) => done({ code, stdout, stderr }));
  });
}
