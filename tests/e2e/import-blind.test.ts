/**
 * Plans laid out unlike the seeds, as LibreOffice made them (tests/import-corpus/libreoffice), through the import
 * preview in real Chromium against the real relay: what the preview says is what the authors meant, and a
 * person's fix rebuilds it. At 1280x720 by mouse and keyboard (a meeting's working document with ACTION rows under
 * actions, then imported), and on a 390x844 phone by touch (a plan with a cover page, contents and introduction).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device } from '../helpers/browser';
import { chooseFile, openPlans, UI_TIMEOUT, waitForPreviewIdle } from './import-page';
import { seriousA11yViolations } from './axe';

const made = (name: string) => fileURLToPath(new URL(`../import-corpus/libreoffice/${name}.docx`, import.meta.url));
const opening = (page: Page) => page.locator('.import-opening');
const row = (page: Page, text: RegExp) => page.locator('.import-row').filter({ hasText: text });

describe('the import preview of plans laid out unlike the seeds, in Chromium', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  const devices: Device[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
  });

  afterAll(async () => {
    for (const d of devices) await d.close();
    await relay?.stop();
  });

  it('at 1280x720 by mouse and keyboard: ACTION rows are the progress of the action above until a person says otherwise', async () => {
    const dev = await launchDevice('blind-desk', { width: 1280, height: 720 });
    devices.push(dev);
    const page = dev.page;
    await openPlans(page, relay.url);
    await chooseFile(page, made('working-document'));
    await expect.poll(() => opening(page).innerText()).toMatch(/^3 actions in 1 section; no row needs a look\./);
    await page.getByText(/How each row of the file was read/).click();
    await expect.poll(() => row(page, /Set as priority 3/).getAttribute('data-role')).toBe('progress');
    await screenshot(page, 'blind-1-working-document', true);

    // The second ACTION row is, this person decides, an action of its own: chosen by keyboard.
    const select = row(page, /Set as priority 3/).locator('select');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await waitForPreviewIdle(page);
    await expect.poll(() => select.inputValue()).toBe('action');
    await expect.poll(() => opening(page).innerText()).toMatch(/^4 actions in 1 section/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import this plan' }).click();
    await page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('tr.action-row').count()).toBe(4);
    const table = await page.locator('.plan-table').innerText();
    expect(table).toContain('The locality teams are led by the community trust');
    expect(table).toContain('A first joint session ran in October');
    await screenshot(page, 'blind-2-working-document-imported');
  });

  it('on a phone by touch: the cover, contents and introduction are notes, the themes are the sections, and a fix rebuilds it', async () => {
    const dev = await launchDevice('blind-phone', { width: 390, height: 844 }, { touch: true });
    devices.push(dev);
    const page = dev.page;
    await openPlans(page, relay.url);
    await chooseFile(page, made('cover-contents-intro'));
    await expect.poll(() => opening(page).innerText()).toMatch(/^5 actions in 4 sections; no row needs a look\./);
    const sections = await page.locator('.import-structure tr.import-section th').allInnerTexts();
    expect(sections).toEqual(['Access to support before crisis point', 'Urgent and emergency access to crisis care', 'Quality of treatment and care when in crisis', 'Recovery and staying well']);
    await page.getByText(/How each row of the file was read/).tap();
    const introduction = page.locator('.import-row').filter({ has: page.locator('.import-row-text', { hasText: /^1\. Introduction$/ }) });
    await expect.poll(() => introduction.getAttribute('data-role')).toBe('note');
    await screenshot(page, 'blind-3-phone-cover');

    // The last theme was meant to sit under the one before: a sub-heading, chosen by touch.
    const last = row(page, /Recovery and staying well/).locator('select');
    await last.tap();
    await last.selectOption({ label: 'Sub-heading' });
    await waitForPreviewIdle(page);
    await expect.poll(() => opening(page).innerText()).toMatch(/^5 actions in 3 sections/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'blind-4-phone-fixed');
    await page.getByRole('button', { name: 'Cancel' }).tap();
    await expect.poll(() => page.locator('.import-panel').count()).toBe(0);
    expect(await page.locator('.plan-card').count()).toBe(0);
  });
});
