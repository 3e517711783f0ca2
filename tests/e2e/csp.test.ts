/**
 * The built app runs under the relay's Content-Security-Policy in real Chromium: it renders, registers its service
 * worker (no inline registerSW snippet), and the page reports no CSP violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertClientBuilt, CLIENT_DIST, launchDevice, waitForServiceWorker, type Device } from '../helpers/browser';
import { startRelay, type RunningRelay } from '../helpers/relay';

let relay: RunningRelay;
let device: Device;
beforeAll(async () => {
  assertClientBuilt();
  relay = await startRelay({ clientDist: CLIENT_DIST });
  device = await launchDevice('csp');
});
afterAll(async () => {
  await device?.close();
  await relay?.kill();
});

describe('Content-Security-Policy', () => {
  it('lets the built app render and register its service worker with no violation', async () => {
    const { page } = device;
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(relay.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    await waitForServiceWorker(page);
    await page.reload();
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations).toEqual([]);
    expect(device.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
});
