import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, ExitCode, type CliCommand } from '../cli/command';
import { createJsonLog } from '../cli/json-log';
import { openStore, openTokens } from '../cli/open-store';
import { integerFlag, parseFlags } from '../cli/parse-flags';
import { DEFAULT_CONNECTION_LIMITS } from '../sync/connection-limits';
import { DEFAULT_MAX_STORAGE_BYTES, isLoopback, startRelayServer, type RelayOptions } from '../relay-server';
import { StoreError } from '../store/update-store';

/** client/dist of the checkout this module runs from (as sources under src/, or bundled under dist/). */
function defaultClientDist(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'client', 'dist');
}

/** Tuning knobs read from the environment (tests shorten the timings). */
function tuningFromEnv(env: NodeJS.ProcessEnv): Partial<RelayOptions> {
  const knobs: [keyof RelayOptions, string][] = [
    ['unloadGraceMs', 'CONCORD_UNLOAD_GRACE_MS'],
    ['compactAfterRows', 'CONCORD_COMPACT_AFTER_ROWS'],
    ['compactQuietMs', 'CONCORD_COMPACT_QUIET_MS'],
    ['maxMessageBytes', 'CONCORD_MAX_MESSAGE_BYTES'],
    ['heartbeatMs', 'CONCORD_HEARTBEAT_MS'],
    ['pollMs', 'CONCORD_POLL_MS'],
    ['maxDocumentBytes', 'CONCORD_MAX_DOCUMENT_BYTES'],
    ['maxBufferedBytes', 'CONCORD_MAX_BUFFERED_BYTES'],
  ];
  const out: Partial<Record<keyof RelayOptions, number>> = {};
  for (const [key, variable] of knobs) {
    const raw = env[variable];
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new CliError('usage', `${variable} must be a positive integer`);
    out[key] = Number(raw);
  }
  const rate = { perSecond: env.CONCORD_RATE_PER_SEC, burst: env.CONCORD_RATE_BURST };
  if (rate.perSecond || rate.burst) {
    const perSecond = Number(rate.perSecond ?? 100);
    const burst = Number(rate.burst ?? 500);
    if (!(perSecond > 0 && burst >= 1)) throw new CliError('usage', 'CONCORD_RATE_PER_SEC and CONCORD_RATE_BURST must be positive');
    return { ...out, rate: { perSecond, burst } } as Partial<RelayOptions>;
  }
  return out as Partial<RelayOptions>;
}

/**
 * Sharing settings: flags win over the environment (CONCORD_AUTH, CONCORD_CREATE_KEY, CONCORD_ALLOWED_ORIGINS).
 * Every room needs a token unless `--auth open` asks otherwise (local development only; the relay warns).
 */
function sharingSettings(
  values: { auth?: string; 'create-key'?: string; 'allow-origin'?: string[]; 'public-origin'?: string[] },
  env: NodeJS.ProcessEnv,
): Pick<RelayOptions, 'auth' | 'createKey' | 'allowedOrigins'> {
  const auth = values.auth ?? (env.CONCORD_AUTH || 'required');
  if (auth !== 'open' && auth !== 'required') throw new CliError('usage', '--auth must be open or required');
  const createKey = values['create-key'] ?? (env.CONCORD_CREATE_KEY || null);
  const origins = [...listOf(env.CONCORD_PUBLIC_ORIGIN), ...listOf(env.CONCORD_ALLOWED_ORIGINS), ...(values['public-origin'] ?? [])];
  return { auth, createKey, allowedOrigins: [...origins, ...(values['allow-origin'] ?? [])] };
}

/** Who may read /metrics and whether source maps are served (CONCORD_METRICS_FROM, CONCORD_METRICS_TOKEN). */
function exposureSettings(
  values: { 'metrics-from'?: string[]; 'metrics-token'?: string; 'serve-source-maps'?: boolean },
  env: NodeJS.ProcessEnv,
): Pick<RelayOptions, 'metricsFrom' | 'metricsToken' | 'serveSourceMaps'> {
  const from = [...listOf(env.CONCORD_METRICS_FROM), ...(values['metrics-from'] ?? [])];
  return {
    ...(from.length > 0 ? { metricsFrom: from } : {}),
    metricsToken: values['metrics-token'] ?? (env.CONCORD_METRICS_TOKEN || null),
    serveSourceMaps: values['serve-source-maps'] === true,
  };
}

function listOf(text: string | undefined): string[] {
  return (text ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** Start failures the user can fix (port taken, data dir unusable) become CliErrors; the rest stay internal. */
function userFacingStartError(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return new CliError('unavailable', `cannot listen on ${host}:${port}: ${code}`);
  }
  if (error instanceof StoreError) return new CliError('unwritable', error.message);
  return error;
}

/** Resolves when SIGTERM or SIGINT arrives; a second signal during shutdown forces exit 1. */
function nextStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
      process.once('SIGTERM', () => process.exit(ExitCode.failure)).once('SIGINT', () => process.exit(ExitCode.failure));
      done(signal);
    };
    process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
  });
}

export const command: CliCommand = {
  summary: 'run the relay and serve the app (SQLite in DIR, or --store postgres://… shared by several nodes); stops cleanly on SIGTERM/SIGINT',
  usage:
    'concord serve [--port N] [--host H] [--data DIR] [--store postgres://…] [--client DIST] [--auth open|required] [--create-key KEY] [--public-origin ORIGIN]… [--metrics-from ADDRESS]… [--metrics-token TOKEN] [--serve-source-maps] [--max-connections-per-address N] [--max-connections-per-token N] [--unsent-budget-mb N] [--max-storage-mb N]',
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        client: { type: 'string' },
        store: { type: 'string' },
        auth: { type: 'string' },
        'create-key': { type: 'string' },
        'allow-origin': { type: 'string', multiple: true },
        'public-origin': { type: 'string', multiple: true },
        'metrics-from': { type: 'string', multiple: true },
        'metrics-token': { type: 'string' },
        'serve-source-maps': { type: 'boolean' },
        'max-connections-per-address': { type: 'string' },
        'max-connections-per-token': { type: 'string' },
        'unsent-budget-mb': { type: 'string' },
        'max-storage-mb': { type: 'string' },
      },
      { min: 0, max: 0 },
    );
    const port = integerFlag('port', values.port, 8787, 0, 65535);
    const limits = {
      perAddress: integerFlag('max-connections-per-address', values['max-connections-per-address'], DEFAULT_CONNECTION_LIMITS.perAddress, 1, 1_000_000),
      perToken: integerFlag('max-connections-per-token', values['max-connections-per-token'], DEFAULT_CONNECTION_LIMITS.perToken, 1, 1_000_000),
      unsentBudgetBytes: integerFlag('unsent-budget-mb', values['unsent-budget-mb'], DEFAULT_CONNECTION_LIMITS.unsentBudgetBytes / 2 ** 20, 1, 1_000_000) * 2 ** 20,
    };
    const host = values.host ?? '127.0.0.1';
    const dataDir = resolve(values.data ?? './data');
    const clientDist = resolve(values.client ?? defaultClientDist());
    const tuning = { ...tuningFromEnv(process.env), ...sharingSettings(values, process.env), ...exposureSettings(values, process.env) };
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new CliError('unwritable', `cannot create data directory ${dataDir}: ${(error as Error).message}`);
    }
    const log = createJsonLog(io.stderr, process.env.CONCORD_LOG === 'debug');
    if (!existsSync(clientDist)) log('no-client-build', { clientDist }, 'warn');
    if (!isLoopback(host) && tuning.allowedOrigins?.length === 0) {
      log('no-public-origin', { msg: 'browsers are refused until --public-origin names the address people open' }, 'warn');
    }
    if (tuning.auth === 'open') {
      log('auth-open', { msg: 'rooms not registered on this relay sync without a token: for local development only' }, 'warn');
    }
    const stopped = nextStopSignal();
    const { store, cluster, description } = await openStore(values.store, dataDir, process.env, log);
    const tokens = await openTokens(values.store, dataDir).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    const debugMemory = process.env.CONCORD_DEBUG_MEMORY === '1';
    const maxStorageBytes = integerFlag('max-storage-mb', values['max-storage-mb'], DEFAULT_MAX_STORAGE_BYTES / 2 ** 20, 1, 1e9) * 2 ** 20;
    const options = { ...tuning, limits, maxStorageBytes, port, host, dataDir, clientDist, store, cluster, tokens, debugMemory, log };
    const relay = await startRelayServer(options).catch(async (error: unknown) => {
      await cluster?.close();
      await tokens?.registry.close();
      await tokens?.groups?.close();
      throw userFacingStartError(error, host, port);
    });
    // One JSON line; its msg keeps the words scripts and tests wait for.
    const msg = `Concord relay listening on ${relay.url}`;
    io.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', event: 'listening', msg, url: relay.url, store: description })}\n`);
    log('stopping', { signal: await stopped }, 'info');
    await relay.close();
    log('stopped', {}, 'info');
    return ExitCode.ok;
  },
};
