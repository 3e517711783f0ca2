import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectAndMeasure } from './debug-memory';
import { setSecurityHeaders } from './security-headers';
import { sendText, serveStatic } from './static-files';

/** What the HTTP side needs to know about the relay. */
export interface HttpHandlerOptions {
  /** Absolute path of the built client (client/dist), or null to serve no app. */
  clientDist: string | null;
  /** True once the store is open and the relay accepts connections. */
  isReady(): boolean;
  /** Handles `/api/…` requests (the sharing API), or null for none. */
  api?: ((req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>) | null;
  /** The Prometheus exposition text for `GET /metrics`, or null for none. */
  metrics?: (() => string) | null;
  /** Serve `GET /debug/memory` (a full GC, then memory figures); for tests only. */
  debugMemory?: boolean;
  log(event: string, detail: Record<string, unknown>): void;
}

/** The relay's plain-HTTP routes: `GET /healthz`, `/metrics`, the API, then the built client; all with security headers. */
export function createHttpHandler(options: HttpHandlerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://relay.invalid').pathname;
    setSecurityHeaders(res);
    if (options.api && path.startsWith('/api/')) {
      return void options.api(req, res, path).catch((error: unknown) => fail(res, path, error));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'method not allowed');
    }
    if (path === '/healthz') {
      const ready = options.isReady();
      return sendText(res, ready ? 200 : 503, JSON.stringify({ ok: ready }), 'application/json; charset=utf-8');
    }
    if (path === '/metrics' && options.metrics) {
      return sendText(res, 200, options.metrics(), 'text/plain; version=0.0.4; charset=utf-8');
    }
    if (path === '/debug/memory' && options.debugMemory) {
      return sendText(res, 200, JSON.stringify(collectAndMeasure()), 'application/json; charset=utf-8');
    }
    if (options.clientDist === null) return sendText(res, 404, 'not found');
    serveStatic(options.clientDist, req, res).catch((error: unknown) => fail(res, path, error));
  };
  function fail(res: ServerResponse, path: string, error: unknown): void {
    options.log('http-error', { path, error: String(error) });
    if (!res.headersSent) sendText(res, 500, 'internal error');
    else res.destroy();
  }
}
