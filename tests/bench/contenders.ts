import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

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
};

const TSX = ['--import', 'tsx'];
const bench = (file: string): string => fileURLToPath(new URL(`./servers/${file}`, import.meta.url));
const CONCORD_CLI = path.join(REPO_ROOT, 'sync-server/src/cli.ts');

export const CONTENDERS: Record<ContenderName, Contender> = {
  concord: {
    name: 'concord',
    label: 'Concord relay',
    clientKind: 'y-websocket',
    // The same entry `pnpm concord serve` runs, started with node directly so the pid we measure is the relay's.
    nodeArgs: (port, dataDir) => [
      ...[...TSX, CONCORD_CLI, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir],
      // No client build to serve: only the relay is measured here.
      ...['--client', path.join(dataDir, 'no-client-build')],
    ],
    env: () => ({}),
    endpoint: (port) => ({ kind: 'y-websocket', serverUrl: `ws://127.0.0.1:${port}/sync` }),
    unavailable: () => (existsSync(CONCORD_CLI) ? null : 'sync-server/src/cli.ts does not exist yet'),
  },
  stock: {
    name: 'stock',
    label: 'stock @y/websocket-server 0.1.1 (LevelDB)',
    clientKind: 'y-websocket',
    nodeArgs: (port, dataDir) => [...TSX, bench('stock-server.ts'), '--port', String(port), '--data', dataDir],
    env: (dataDir) => ({ YPERSISTENCE: dataDir }),
    endpoint: (port) => ({ kind: 'y-websocket', serverUrl: `ws://127.0.0.1:${port}` }),
    unavailable: () => null,
  },
  hocuspocus: {
    name: 'hocuspocus',
    label: 'Hocuspocus 4 (SQLite extension)',
    clientKind: 'hocuspocus',
    nodeArgs: (port, dataDir) => [...TSX, bench('hocuspocus-server.ts'), '--port', String(port), '--data', dataDir],
    env: () => ({}),
    endpoint: (port) => ({ kind: 'hocuspocus', serverUrl: `ws://127.0.0.1:${port}` }),
    unavailable: () => null,
  },
};
