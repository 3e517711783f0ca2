// Plain JavaScript run by node alone (no TypeScript loader), the way Hocuspocus servers are deployed.
// Hocuspocus 4 with its SQLite extension (a file in the data directory) and default settings: stores are debounced
// (2 s, at most 10 s), which is what its users get out of the box.
import path from 'node:path';
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { announce, serverArgs } from './server-args.mjs';

const { port, data } = serverArgs();
const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: path.join(data, 'hocuspocus.sqlite') })],
});
await server.listen();
announce('Hocuspocus', port);
