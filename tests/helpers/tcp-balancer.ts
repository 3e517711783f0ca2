/**
 * A minimal TCP load balancer for multi-node tests: each new connection goes to the first backend that accepts it,
 * so when a node dies its clients' reconnects land on the next one (as behind a real balancer with health checks).
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpBalancer {
  /** ws://127.0.0.1:P/sync */
  wsUrl: string;
  close(): Promise<void>;
}

/** Listens on a free port and forwards to `backends` (ports on 127.0.0.1) in order of preference. */
export async function startBalancer(backends: number[]): Promise<TcpBalancer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((incoming) => {
    sockets.add(incoming);
    incoming.on('close', () => sockets.delete(incoming));
    incoming.pause();
    forward(incoming, backends, 0, sockets);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

function forward(incoming: Socket, backends: number[], index: number, sockets: Set<Socket>): void {
  if (index >= backends.length || incoming.destroyed) return void incoming.destroy();
  const outgoing = createConnection({ host: '127.0.0.1', port: backends[index]! });
  let connected = false;
  outgoing.on('error', () => (connected ? incoming.destroy() : forward(incoming, backends, index + 1, sockets)));
  outgoing.once('connect', () => {
    connected = true;
    sockets.add(outgoing);
    outgoing.on('close', () => {
      sockets.delete(outgoing);
      incoming.destroy();
    });
    incoming.on('close', () => outgoing.destroy());
    incoming.on('error', () => outgoing.destroy());
    incoming.pipe(outgoing);
    outgoing.pipe(incoming);
    incoming.resume();
  });
}
