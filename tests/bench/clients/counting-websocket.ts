import type { ClientRequestArgs } from 'node:http';
import net from 'node:net';
import WebSocket from 'ws';

/** A WebSocket class whose sockets count what crosses the wire, and a reading of the totals so far. */
export type CountingWebSocket = { WebSocket: typeof WebSocket; bytes(): { sent: number; received: number } };

/**
 * Counts TCP payload bytes both ways (the HTTP upgrade, WebSocket framing and every message) on every socket the
 * returned class opens, through ws's `createConnection` hook, so whichever provider uses it is measured alike.
 */
export function countingWebSocket(): CountingWebSocket {
  const sockets: net.Socket[] = [];
  class Counting extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, {
        // ws passes the request options (host, port) that net.createConnection takes for a plain ws:// URL.
        createConnection: (options: ClientRequestArgs) => {
          const socket = net.createConnection(options as net.NetConnectOpts);
          sockets.push(socket);
          return socket;
        },
      });
    }
  }
  return {
    // The providers only ever call `new WebSocket(url, protocols?)`; ws's own overloads (a null address for a
    // server-side socket) are never used by a client.
    WebSocket: Counting as unknown as typeof WebSocket,
    bytes: () => ({
      sent: sockets.reduce((n, s) => n + s.bytesWritten, 0),
      received: sockets.reduce((n, s) => n + s.bytesRead, 0),
    }),
  };
}
