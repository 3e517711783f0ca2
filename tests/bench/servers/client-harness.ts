// Serves a built client and y-websocket rooms at /sync/<room> from one origin, the way Concord's relay does, so the
// browser figures measure the client alone (in-memory rooms from the stock server code; no persistence needed).
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
import { announce } from './server-args.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' }, dist: { type: 'string' } } });
if (!values.port || !values.dist) throw new Error('usage: --port N --dist DIR');
const port = Number(values.port);
const dist = path.resolve(values.dist);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

function fileFor(urlPath: string): string {
  const candidate = path.join(dist, decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  const inside = candidate.startsWith(dist);
  if (inside && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return path.join(dist, 'index.html');
}

const server = http.createServer((req, res) => {
  const file = fileFor(req.url ?? '/');
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => {
  const room = /^\/sync\/([A-Za-z0-9_-]{1,64})/.exec(req.url ?? '')?.[1];
  if (!room) return socket.destroy();
  wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName: room }));
});
server.listen(port, '127.0.0.1', () => announce('client harness', port));
