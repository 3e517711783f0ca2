// Plain JavaScript run by node alone (no TypeScript loader), the way the stock relay's own bin runs.
// The stock y-websocket relay (@y/websocket-server 0.1.1) as its own bin runs it, bound to loopback. Persistence is
// its own LevelDB layer, switched on by YPERSISTENCE, which must be set before its module loads (the runner sets it).
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
import { announce, serverArgs } from './server-args.mjs';

const { port } = serverArgs();
if (!process.env.YPERSISTENCE) throw new Error('YPERSISTENCE must name the data directory');

const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('okay');
});
server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});
server.listen(port, '127.0.0.1', () => announce('stock y-websocket', port));
