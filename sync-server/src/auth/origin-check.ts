import type { IncomingMessage } from 'node:http';

/**
 * Whether a browser page at `origin` may use this relay. Requests without an Origin header (native clients, the
 * CLI) pass: the check exists to stop other web sites from driving a visitor's browser, not to authenticate.
 * The relay's own origin always passes; `allowed` adds more (exact origins, or `*` for any).
 */
export function originAllowed(origin: string | null, request: IncomingMessage, allowed: readonly string[]): boolean {
  if (origin === null) return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host !== '' && host === request.headers.host;
}
