/**
 * Real-browser helpers for the end-to-end tests: Debian's Chromium driven by playwright-core, one persistent
 * profile per simulated device (so IndexedDB and the service worker survive reloads, as on a real laptop).
 * Never downloads a browser.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CONCORD_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS_DIR = process.env.CONCORD_SHOTS ?? '/tmp/concord-shots';
export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Fails with instructions when the built client is missing: the e2e tests run against client/dist, not vite dev. */
export function assertClientBuilt(): void {
  const needed = ['index.html', 'sw.js', 'manifest.webmanifest'];
  const missing = needed.filter((f) => !existsSync(join(CLIENT_DIST, f)));
  if (missing.length > 0) {
    throw new Error(
      `client/dist is not built (missing ${missing.join(', ')} in ${CLIENT_DIST}). ` +
        'Run `pnpm --filter @concord/client build` first (scripts/test.sh does this).',
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (never playwright install).`);
  }
}

/** One simulated device: a persistent Chromium profile with one page. */
export interface Device {
  readonly name: string;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly profileDir: string;
  /** Console errors and uncaught page errors seen so far, for failure messages. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** How a simulated device differs from a desktop: a touch screen (a phone or tablet), another locale or time zone. */
export interface DeviceOptions {
  /** A phone or tablet: touch events, `pointer: coarse`, no hover, a mobile viewport and user agent. */
  touch?: boolean;
  /** The same, as Playwright names them (either is enough). */
  hasTouch?: boolean;
  isMobile?: boolean;
  /** Default en-GB. */
  locale?: string;
  /** Default Europe/London. */
  timezoneId?: string;
}

export async function launchDevice(name: string, viewport = { width: 1280, height: 900 }, options: DeviceOptions = {}): Promise<Device> {
  const profileDir = mkdtempSync(join(tmpdir(), `concord-${name}-`));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: LAUNCH_ARGS,
    viewport,
    locale: options.locale ?? 'en-GB',
    timezoneId: options.timezoneId ?? 'Europe/London',
    ...(options.touch || options.hasTouch || options.isMobile ? { hasTouch: true, isMobile: true, deviceScaleFactor: 1 } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return {
    name,
    context,
    page,
    profileDir,
    errors,
    async close() {
      await context.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Resolves once a service worker controls the page, i.e. the app shell is precached and a reload works offline. */
export async function waitForServiceWorker(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: timeoutMs });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Saves a screenshot (the viewport, or the whole page) to SHOTS_DIR/<name>.png and returns its path (look at them when changing the UI). */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
