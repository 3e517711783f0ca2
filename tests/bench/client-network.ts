import type { CDPSession, Page } from 'playwright-core';
import { launchDevice, waitForServiceWorker } from '../helpers/browser';
import { BUNDLE_PATH, relayNodeOptions } from '../helpers/relay';
import type { ClientFigures, Figure } from './client-figures';
import { CONTENDERS } from './contenders';
import { freePort, newDataDir, startProcess } from './server-process';
import { round } from './stats';

type NetworkFigures = Pick<ClientFigures, 'slow4gFirstLoadMs' | 'offlineReloadMs'>;

/**
 * Chromium DevTools' "Slow 4G" preset (the former "Fast 3G"): 1.6 Mbit/s down and 750 kbit/s up at 90 %, and
 * 150 ms round trips scaled by 3.75 (DevTools' factor for request latency).
 */
export const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const NO_THROTTLE = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
const TIMEOUT_MS = 60_000;

/**
 * The app as Concord ships it (the relay bundle serving the build): a first visit from a fresh device over Slow 4G,
 * then, once the service worker controls the page, a reload with the network off. Both are timed from navigation
 * start until the plans list is shown and answers input (a click on "New plan" opens its form).
 */
export async function measureNetworkLoads(distDir: string): Promise<NetworkFigures> {
  // The relay as the source now builds it (its static file serving is part of what is measured).
  CONTENDERS.concord.prepare?.();
  const port = await freePort();
  const dataDir = newDataDir('client-network');
  const args = [...relayNodeOptions(), BUNDLE_PATH, 'serve', '--port', String(port), '--host', '127.0.0.1', '--auth', 'open', '--data', dataDir, '--client', distDir];
  const relay = await startProcess(args, {}, port);
  const device = await launchDevice('bench-network', { width: 390, height: 844 });
  try {
    const cdp = await device.context.newCDPSession(device.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await device.page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    const slow4gFirstLoadMs = await interactiveAt(device.page);
    const offlineReloadMs = await offlineReload(device.page, cdp);
    return { slow4gFirstLoadMs, offlineReloadMs };
  } finally {
    await device.close();
    await relay.stop();
  }
}

async function offlineReload(page: Page, cdp: CDPSession): Promise<Figure<number>> {
  await cdp.send('Network.emulateNetworkConditions', NO_THROTTLE);
  try {
    await waitForServiceWorker(page, TIMEOUT_MS);
  } catch {
    return { value: null, reason: 'no service worker took control of the page' };
  }
  await page.context().setOffline(true);
  await page.reload({ waitUntil: 'commit', timeout: TIMEOUT_MS });
  return interactiveAt(page);
}

/** ms from navigation start until the plans list is shown and a click on "New plan" has opened its form. */
async function interactiveAt(page: Page): Promise<Figure<number>> {
  try {
    await page.locator('.plans-screen').locator('.plan-list, .empty').first().waitFor({ timeout: TIMEOUT_MS });
    const button = page.getByRole('button', { name: 'New plan' });
    await button.click({ timeout: TIMEOUT_MS });
    const handle = await page.waitForFunction(
      () => document.querySelector('.plans-screen .toolbar button[aria-expanded="true"]') !== null && performance.now(),
      undefined,
      { timeout: TIMEOUT_MS, polling: 'raf' },
    );
    return { value: round(Number(await handle.jsonValue()), 0) };
  } catch (err) {
    return { value: null, reason: `the plans list never answered input: ${(err as Error).message.split('\n')[0]}` };
  }
}

export const networkNotMeasured = (reason: string): NetworkFigures => ({
  slow4gFirstLoadMs: { value: null, reason },
  offlineReloadMs: { value: null, reason },
});
