import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BUNDLE_PATH, relayNodeOptions } from '../helpers/relay';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CONTENDER_NAMES = ['concord', 'stock', 'hocuspocus'] as const;
export type ContenderName = (typeof CONTENDER_NAMES)[number];
export type ClientKind = 'y-websocket' | 'hocuspocus';

/** Where clients of one contender connect, and with which provider. */
export type Endpoint = { kind: ClientKind; serverUrl: string };

export type Contender = {
  name: ContenderName;
  label: string;
  clientKind: ClientKind;
  /** Node arguments that start the server on `port` with its data in `dataDir`. */
  nodeArgs(port: number, dataDir: string): string[];
  env(dataDir: string): Record<string, string>;
  endpoint(port: number): Endpoint;
  /** Why it cannot run here, or null when it can. */
  unavailable(): string | null;
  /** Builds what it runs from, once, before its first workload. */
  prepare?(): void;
};

const bench = (file: string): string => fileURLToPath(new URL(`./servers/${file}`, import.meta.url));


export const CONTENDERS: Record<ContenderName, Contender> = {
  concord: {
    name: 'concord',
    label: 'Concord relay',
    clientKind: 'y-websocket',
    // As scripts/start.sh runs it: the built bundle on node with the relay's node flags (the pid we measure is node's).
    nodeArgs: (port, dataDir) => [
      ...[...relayNodeOptions(), BUNDLE_PATH, 'serve', '--port', String(port), '--host', '127.0.0.1', '--auth', 'open', '--data', dataDir],
      // No client build to serve: only the relay is measured here.
      ...['--client', path.join(dataDir, 'no-client-build')],
    ],
    env: () => ({}),
    endpoint: (port) => ({ kind: 'y-websocket', serverUrl: `ws://127.0.0.1:${port}/sync` }),
    unavailable: () => (existsSync(path.join(REPO_ROOT, 'sync-server/build.mjs')) ? null : 'sync-server has no build'),
    prepare: () => void execFileSync('pnpm', ['--filter', '@concord/sync-server', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' }),
  },
  stock: {
    name: 'stock',
    label: 'stock @y/websocket-server 0.1.1 (LevelDB)',
    clientKind: 'y-websocket',
    nodeArgs: (port, dataDir) => [bench('stock-server.mjs'), '--port', String(port), '--data', dataDir],
    env: (dataDir) => ({ YPERSISTENCE: dataDir }),
    endpoint: (port) => ({ kind: 'y-websocket', serverUrl: `ws://127.0.0.1:${port}` }),
    unavailable: () => null,
  },
  hocuspocus: {
    name: 'hocuspocus',
    label: 'Hocuspocus 4 (SQLite extension)',
    clientKind: 'hocuspocus',
    nodeArgs: (port, dataDir) => [bench('hocuspocus-server.mjs'), '--port', String(port), '--data', dataDir],
    env: () => ({}),
    endpoint: (port) => ({ kind: 'hocuspocus', serverUrl: `ws://127.0.0.1:${port}` }),
    unavailable: () => null,
  },
};
