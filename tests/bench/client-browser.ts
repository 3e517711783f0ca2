import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchDevice } from '../helpers/browser';
import { openClient } from './clients/bench-client';
import type { ClientFigures, Figure } from './client-figures';
import { measureNetworkLoads, networkNotMeasured } from './client-network';
import { buildLargePlan } from './plan-2000';
import { freePort, startProcess } from './server-process';
import { median, round } from './stats';

type BrowserFigures = Pick<ClientFigures, 'open2000Ms' | 'inputToPaintP95Ms' | 'slow4gFirstLoadMs' | 'offlineReloadMs'>;

const HARNESS = fileURLToPath(new URL('./servers/client-harness.ts', import.meta.url));
const PLAN_ID = 'bench-2000';
const ACTIONS = 2_000;
const ROWS = 'tr.action-row';
const OPEN_TIMEOUT_MS = 60_000;
const REOPENS = 3;
const TYPED = 'agreed at the meeting, see minutes ';

/**
 * Figures measured in Chromium: how long a 2,000-action plan takes to show all its rows when reopened from the
 * device (after a first visit fetched it from the relay), and the p95 of input-to-paint while typing in one of its
 * actions. The built client and its rooms are served from one origin by servers/client-harness.ts.
 */
export async function measureBrowser(distDir: string | null, reason = 'no client build'): Promise<BrowserFigures> {
  if (distDir === null) return notMeasured(reason);
  if (!existsSync(CHROMIUM_PATH)) return notMeasured(`no Chromium at ${CHROMIUM_PATH}`);
  const failed = (what: string) => (err: Error) => ({ value: null, reason: `${what} failed: ${err.message.split('\n')[0]}` });
  const local = await measureOpenAndTyping(distDir).catch((err: Error) => {
    const f = failed('browser run')(err);
    return { open2000Ms: f, inputToPaintP95Ms: f };
  });
  const network = await measureNetworkLoads(distDir).catch((err: Error) => networkNotMeasured(failed('network loads')(err).reason));
  return { ...local, ...network };
}

async function measureOpenAndTyping(distDir: string): Promise<Pick<BrowserFigures, 'open2000Ms' | 'inputToPaintP95Ms'>> {
  const port = await freePort();
  const harness = await startProcess(['--import', 'tsx', HARNESS, '--port', String(port), '--dist', distDir], {}, port);
  const { doc, firstActionId } = buildLargePlan(PLAN_ID, ACTIONS);
  const seeder = openClient({ kind: 'y-websocket', serverUrl: `ws://127.0.0.1:${port}/sync` }, PLAN_ID, { doc });
  const device = await launchDevice('bench');
  try {
    await seeder.whenSynced();
    const origin = `http://127.0.0.1:${port}`;
    const open2000Ms = await timeOpen(device.page, `${origin}/#/plan/${PLAN_ID}`);
    const inputToPaintP95Ms = open2000Ms.value === null ? open2000Ms : await timeTyping(device.page, firstActionId);
    return { open2000Ms, inputToPaintP95Ms };
  } finally {
    await device.close();
    seeder.destroy();
    await harness.stop();
  }
}

function notMeasured(reason: string): BrowserFigures {
  return { open2000Ms: { value: null, reason }, inputToPaintP95Ms: { value: null, reason }, ...networkNotMeasured(reason) };
}

/** ms from navigation start until every action row is in the DOM, on a reload (the plan comes from the device). */
async function rowsShownAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    ({ rows, count }) => document.querySelectorAll(rows).length >= count && performance.now(),
    { rows: ROWS, count: ACTIONS },
    { timeout: OPEN_TIMEOUT_MS, polling: 'raf' },
  );
  return Number(await handle.jsonValue());
}

async function timeOpen(page: Page, url: string): Promise<Figure<number>> {
  await page.goto(url);
  try {
    await rowsShownAt(page);
  } catch {
    const seen = await page.locator(ROWS).count();
    return { value: null, reason: `the plan never showed ${ACTIONS} rows (saw ${seen} after ${OPEN_TIMEOUT_MS} ms)` };
  }
  const times: number[] = [];
  for (let i = 0; i < REOPENS; i++) {
    await settled(page);
    await page.reload();
    times.push(await rowsShownAt(page));
  }
  return { value: round(median(times), 0) };
}

/**
 * Waits until the open plan is synced and the page has been idle for a while, as it is when someone comes back to
 * it: a reload straight after the rows appear would also time the previous page finishing its own start-up work
 * (connecting, writing its catalogue row) as part of the next open.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.plan-head [data-sync]')?.getAttribute('data-sync') === 'synced', undefined, {
    timeout: OPEN_TIMEOUT_MS,
  });
  // A string, not a function: the TypeScript loader would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`new Promise((resolve) => {
    let quiet = 0;
    const wait = () => requestIdleCallback((idle) => {
      quiet = idle.timeRemaining() >= 45 ? quiet + 1 : 0;
      if (quiet >= 5) resolve(); else wait();
    });
    wait();
  })`);
}

/** Typing into an action's Progress field: keydown to the frame after it, per key (the page times it itself). */
async function timeTyping(page: Page, actionId: string): Promise<Figure<number>> {
  await page.evaluate((hash) => (location.hash = hash), `#/plan/${PLAN_ID}/action/${actionId}`);
  const field = page.locator('dialog.action-editor').getByLabel('Progress', { exact: true }).first();
  await field.waitFor({ timeout: OPEN_TIMEOUT_MS });
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { inputToPaint: number[] }).inputToPaint = samples;
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        // rAF runs before the next paint; a message posted from it is handled right after that paint.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
  await page.keyboard.type(TYPED + TYPED, { delay: 40 });
  await page.waitForTimeout(200);
  const samples = await page.evaluate(() => (window as unknown as { inputToPaint: number[] }).inputToPaint);
  if (samples.length === 0) return { value: null, reason: 'no key presses were timed' };
  const sorted = [...samples].sort((a, b) => a - b);
  return { value: round(sorted[Math.ceil(0.95 * sorted.length) - 1]!, 1) };
}
