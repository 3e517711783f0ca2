/**
 * Whether a browser page at `origin` may use this relay. Requests without an Origin header (native clients, the
 * CLI) pass: the check exists to stop other web sites from driving a visitor's browser, not to authenticate.
 * Only the configured public origins pass (`--public-origin`, `--allow-origin`, `*` for any) and the relay's own
 * loopback origins, never whatever the Host header claims: under DNS rebinding a foreign page's Host is forged to
 * match, while its Origin still names the foreign site.
 */
export function originAllowed(origin: string | null, allowed: readonly string[]): boolean {
  if (origin === null) return true;
  return allowed.includes('*') || allowed.includes(origin);
}

/** The origins of a relay listening on `port` of this machine, which only a page it served itself can have. */
export function loopbackOrigins(port: number): string[] {
  return ['127.0.0.1', 'localhost', '[::1]'].map((host) => `http://${host}:${port}`);
}
