import type { ClientFigures } from './client-figures';

/**
 * Figures measured in Chromium (playwright-core, /usr/bin/chromium): time to open a 2,000-action plan, and the p95
 * of input-to-paint while typing in it. Placeholders until the client can be driven to open such a plan.
 */
export async function measureBrowser(): Promise<Pick<ClientFigures, 'open2000Ms' | 'inputToPaintP95Ms'>> {
  const reason = 'not measured yet: needs the client to open a generated 2,000-action plan (planned: serve the build, put the plan on a relay, open it in Chromium)';
  return { open2000Ms: { value: null, reason }, inputToPaintP95Ms: { value: null, reason } };
}
