import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_ERROR_STATUS, type ApiErrorReason } from '@concord/shared/protocol';
import { collectAndMeasure } from './debug-memory';
import { bearerOf, json } from './plans-api';
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
  /** Who may read `/metrics`: these peer addresses, or a request bearing `token`. Default: nobody. */
  metricsAccess?: { from: readonly string[]; token: string | null };
  /** Whether a browser page at this Origin may call the API (see origin-check.ts). Default: any. */
  originAllowed?: (origin: string | null) => boolean;
  /** Serve `.map` files from the client build. Default false. */
  serveSourceMaps?: boolean;
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
      const refusal = apiRefusal(req, options.originAllowed ?? (() => true));
      if (refusal) return json(res, API_ERROR_STATUS[refusal], { error: refusal });
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
      if (!mayReadMetrics(req, options.metricsAccess)) return sendText(res, 403, 'forbidden');
      return sendText(res, 200, options.metrics(), 'text/plain; version=0.0.4; charset=utf-8');
    }
    if (path === '/debug/memory' && options.debugMemory) {
      return sendText(res, 200, JSON.stringify(collectAndMeasure()), 'application/json; charset=utf-8');
    }
    if (options.clientDist === null) return sendText(res, 404, 'not found');
    if (!options.serveSourceMaps && path.endsWith('.map')) return sendText(res, 404, 'not found');
    serveStatic(options.clientDist, req, res).catch((error: unknown) => fail(res, path, error));
  };
  function fail(res: ServerResponse, path: string, error: unknown): void {
    options.log('http-error', { path, error: String(error) });
    if (!res.headersSent) sendText(res, 500, 'internal error');
    else res.destroy();
  }
}

/**
 * Refuses an API request a foreign web page could make from a visitor's browser: one from an Origin that is not
 * the relay's, and a write that is not JSON (a form or text/plain POST needs no CORS preflight; a JSON one does,
 * and the relay answers no preflight, so the browser never sends it cross-site).
 */
function apiRefusal(req: IncomingMessage, originAllowed: (origin: string | null) => boolean): ApiErrorReason | null {
  if (!originAllowed(req.headers.origin ?? null)) return 'origin-not-allowed';
  if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') return null;
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json' ? null : 'unsupported-media-type';
}

/** `/metrics` is for the operator: from an allowed address, or with the metrics token (behind a load balancer). */
function mayReadMetrics(req: IncomingMessage, access: HttpHandlerOptions['metricsAccess']): boolean {
  if (!access) return false;
  if (access.token !== null && bearerOf(req) === access.token) return true;
  return access.from.includes(req.socket.remoteAddress ?? '');
}
