import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendText, serveStatic } from './static-files';

/** What the HTTP side needs to know about the relay. */
export interface HttpHandlerOptions {
  /** Absolute path of the built client (client/dist), or null to serve no app. */
  clientDist: string | null;
  /** True once the store is open and the relay accepts connections. */
  isReady(): boolean;
  /** Handles `/api/…` requests (the sharing API), or null for none. */
  api?: ((req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>) | null;
  log(event: string, detail: Record<string, unknown>): void;
}

/** The relay's plain-HTTP routes: `GET /healthz`, then the built client. */
export function createHttpHandler(options: HttpHandlerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://relay.invalid').pathname;
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
    if (options.clientDist === null) return sendText(res, 404, 'not found');
    serveStatic(options.clientDist, req, res).catch((error: unknown) => fail(res, path, error));
  };
  function fail(res: ServerResponse, path: string, error: unknown): void {
    options.log('http-error', { path, error: String(error) });
    if (!res.headersSent) sendText(res, 500, 'internal error');
    else res.destroy();
  }
}
