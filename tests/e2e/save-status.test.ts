/**
 * "Saved to the server" is never shown before the server has the change, in real Chromium against the real relay:
 * an edit made while the relay is down (the page stays online but cannot connect) is "1 change not yet on the
 * server" on the plan screen and in the plans list, also after a reload, and becomes "Saved to the server at HH:MM"
 * only once the relay is back (same data directory and port) and has stored it. Every save status the page shows
 * is recorded by a MutationObserver, so a passing flash of "Saved to the server" fails the test too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, waitForServiceWorker, type Device } from '../helpers/browser';
import { actionRow, addFirstAction, createTemplatePlan, openEditor, openPlan, syncIndicator, waitForSynced, tableText } from './plan-page';

const UI_TIMEOUT = 30_000;
const TITLE = 'Northby Crisis Care Concordat plan';
const PENDING_ONE = '1 change not yet on the server';
const ON_SERVER = /^Saved to the server at \d{2}:\d{2}$/;
/** Longer than the client's wait for a first receipt before it falls back to "synced means sent". */
const SETTLE_MS = 4_000;

/** Records every save status text any page of this device shows, in sessionStorage so it survives reloads. */
function recordSaveStatuses(): void {
  const seen = (): void => {
    const texts = Array.from(document.querySelectorAll('[data-save]'), (el) => el.textContent ?? '');
    const log = JSON.parse(sessionStorage.getItem('save-log') ?? '[]') as string[];
    const entry = texts.join(' / ');
    if (log.at(-1) === entry) return;
    log.push(entry);
    sessionStorage.setItem('save-log', JSON.stringify(log));
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

function saveLog(page: Page): Promise<string[]> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('save-log') ?? '[]') as string[]);
}

function saveStatusText(page: Page): Promise<string> {
  return syncIndicator(page).locator('[data-save]').innerText();
}

describe('a change is never shown as on the server before it is, in Chromium', () => {
  let relay: RunningRelay;
  let dataDir: string;
  let dev: Device;
  let planId = '';
  let actionId = '';
  /** How many log entries there were when the offline edit was made. */
  let editMark = 0;

  beforeAll(async () => {
    assertClientBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'concord-save-relay-'));
    relay = await startRelay({ dataDir, clientDist: CLIENT_DIST });
    dev = await launchDevice('save-status');
    await dev.context.addInitScript(recordSaveStatuses);
  });

  afterAll(async () => {
    await dev?.close();
    await relay?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a plan with one action, saved to the server', async () => {
    const page = dev.page;
    await page.goto(relay.url);
    planId = await createTemplatePlan(page, TITLE);
    actionId = await addFirstAction(page, 'Map every crisis service open out of hours');
    await waitForSynced(page);
    await expect.poll(() => saveStatusText(page), { timeout: UI_TIMEOUT }).toMatch(ON_SERVER);
    await waitForServiceWorker(page);
  });

  it('shows an edit made while the relay is down as not yet on the server, also after a reload', async () => {
    const page = dev.page;
    await relay.stop();
    await expect.poll(() => syncIndicator(page).getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('connecting');
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);

    await openEditor(page, actionId);
    editMark = (await saveLog(page)).length;
    await page.getByRole('radio', { name: 'Amber' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await expect.poll(() => tableText(actionRow(page, actionId))).toContain('Amber');
    await expect.poll(() => saveStatusText(page), { timeout: UI_TIMEOUT }).toBe(PENDING_ONE);
    await page.waitForTimeout(SETTLE_MS);
    expect(await saveStatusText(page)).toBe(PENDING_ONE);
    await screenshot(page, '50-pending-relay-down');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: UI_TIMEOUT });
    expect(await tableText(actionRow(page, actionId))).toContain('Amber');
    await expect.poll(() => saveStatusText(page), { timeout: UI_TIMEOUT }).toBe(PENDING_ONE);
    await page.waitForTimeout(SETTLE_MS);
    expect(await saveStatusText(page)).toBe(PENDING_ONE);
    expect(await syncIndicator(page).getAttribute('data-sync')).toBe('connecting');

    await page.goto(`${relay.url}/#/`);
    await page.getByRole('link', { name: TITLE }).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => page.locator('.plan-card [data-save]').innerText(), { timeout: UI_TIMEOUT }).toBe(PENDING_ONE);
    await openPlan(page, relay.url, planId);
    const sinceEdit = (await saveLog(page)).slice(editMark);
    expect(sinceEdit.some((entry) => entry.includes(PENDING_ONE))).toBe(true);
    expect(sinceEdit.filter((entry) => entry.includes('Saved to the server'))).toEqual([]);
  });

  it('says "Saved to the server at HH:MM" only once the relay is back and has stored the edit', async () => {
    const page = dev.page;
    expect(await saveStatusText(page)).toBe(PENDING_ONE);
    const restartMark = (await saveLog(page)).length;
    relay = await startRelay({ dataDir, port: relay.port, clientDist: CLIENT_DIST });
    await waitForSynced(page);
    await expect.poll(() => saveStatusText(page), { timeout: UI_TIMEOUT }).toMatch(ON_SERVER);
    // Nothing claimed the server had it between the edit and the restart, not even for a moment.
    const beforeRestart = (await saveLog(page)).slice(editMark, restartMark);
    expect(beforeRestart.filter((entry) => entry.includes('Saved to the server'))).toEqual([]);

    await page.goto(`${relay.url}/#/`);
    await page.getByRole('link', { name: TITLE }).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => page.locator('.plan-card [data-save]').innerText(), { timeout: UI_TIMEOUT }).toMatch(ON_SERVER);
    await screenshot(page, '51-saved-after-restart');
  });
});
