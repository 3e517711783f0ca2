/**
 * The import preview is where a person fixes what the import got wrong, before anything is written: in real
 * Chromium against the real relay, a plan laid out unlike the seeds (objective rows, a row that reads two ways, a
 * report row, two names for one lead) opens with its plain summary, the row that needs a look is one click away,
 * and each fix (attach a row as progress, promote and demote a heading, reassign a column, merge and split leads)
 * rebuilds the preview; by mouse, by keyboard, and by touch on a phone. The imported plan has every fix in it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device } from '../helpers/browser';
import { renderDocx } from '../import-corpus/render-docx';
import { PREVIEW_TRIAL } from '../import-corpus/plans/trial';
import { chooseFile, openPlans, UI_TIMEOUT, waitForPreviewIdle } from './import-page';
import { seriousA11yViolations } from './axe';

const opening = (page: Page) => page.locator('.import-opening');
const rowSelect = (page: Page, text: RegExp) => page.locator('.import-row').filter({ hasText: text }).locator('select');
const roleOf = (page: Page, text: RegExp) => page.locator('.import-row').filter({ hasText: text }).getAttribute('data-role');

/** Changes a select the way a person does, then waits for the rebuilt preview. */
async function choose(page: Page, select: ReturnType<Page['locator']>, label: string): Promise<void> {
  await select.selectOption({ label });
  await waitForPreviewIdle(page);
}

describe('the import preview fixes a plan before it is written, in Chromium', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let dataDir: string;
  let file: string;
  const devices: Device[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'concord-preview-'));
    file = join(dataDir, 'eastmoor-and-vale.docx');
    writeFileSync(file, renderDocx(PREVIEW_TRIAL.title, PREVIEW_TRIAL.blocks));
    relay = await startRelay({ dataDir, clientDist: CLIENT_DIST });
  });

  afterAll(async () => {
    for (const d of devices) await d.close();
    await relay?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('by mouse and keyboard at 1280x720: summary, the row to check, every kind of fix, then the plan holds them', async () => {
    const dev = await launchDevice('preview-desk', { width: 1280, height: 720 });
    devices.push(dev);
    const page = dev.page;
    await openPlans(page, relay.url);
    await chooseFile(page, file);
    await expect.poll(() => opening(page).innerText()).toMatch(/^5 actions in 2 objectives; 1 row needs a look\./);
    await screenshot(page, 'preview-1-opening', true);

    // The row to check is one click away: its reading control gets the focus, in the list of rows.
    await page.getByRole('list', { name: 'Rows that need a look' }).getByRole('button').first().click();
    const focused = await page.evaluate(() => document.activeElement?.closest('.import-row')?.textContent ?? '');
    expect(focused).toContain('Agree how ambulance crews hand over');
    await screenshot(page, 'preview-2-row-to-check');

    // Keyboard: the report row joined to action 1.2 becomes its progress (arrow keys move a closed select).
    const report = rowSelect(page, /Funding for the second year/);
    await report.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await waitForPreviewIdle(page);
    await expect.poll(() => roleOf(page, /Funding for the second year/)).toBe('progress');

    // Promote a sub-heading to a section, then put it back as first read.
    await choose(page, rowSelect(page, /^.*Getting there/), 'Section');
    await expect.poll(() => opening(page).innerText()).toMatch(/^5 actions in 3 objectives/);
    await choose(page, rowSelect(page, /^.*Getting there/), 'As first read');
    await expect.poll(() => roleOf(page, /Getting there/)).toBe('subheading');

    // Reassign a column: "Notes" stays a column of its own instead of progress.
    const notes = page.locator('.import-columns tr').filter({ has: page.getByRole('rowheader', { name: 'Notes', exact: true }) }).locator('select');
    await choose(page, notes, 'Keep as a custom column');
    expect(await notes.inputValue()).toBe('custom');

    // Leads: "CCGs" is another name for "All CCGs"; "Vale Police and Vale Fire" names two.
    await choose(page, page.getByLabel('“CCGs” is the same lead as'), 'All CCGs');
    await expect.poll(() => page.locator('.import-leads').innerText()).toContain('also written “CCGs”');
    await page.getByRole('button', { name: 'Split “Vale Police and Vale Fire”…' }).click();
    await page.getByLabel(/The leads “Vale Police and Vale Fire” names/).fill('Vale Police\nVale Fire');
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await waitForPreviewIdle(page);
    await expect.poll(() => page.getByRole('list', { name: 'Leads you split' }).innerText()).toContain('split into Vale Police, Vale Fire');
    await screenshot(page, 'preview-3-fixed', true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import this plan' }).click();
    await page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
    const headings = await page.locator('.section-row h2').allInnerTexts();
    expect(headings.map((h) => h.trim())).toEqual(['Objective 1 – Help before a crisis', 'Objective 2 – A fast response']);
    const plan = await page.locator('.plan-table').innerText();
    expect(plan).toContain('Funding for the second year agreed in March');
    expect(plan).toContain('Vale Police and Vale Fire');
    await screenshot(page, 'preview-4-imported');

    // The directory built at import (with the merge made in the preview) is the plan's: the chase list asks one
    // lead for both actions, and a person can separate the two names again on the Leads page.
    const planId = /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
    await page.goto(`${relay.url}/#/plan/${planId}/chase`);
    const ccgs = page.locator('.chase-group[data-lead="All CCGs"]');
    await expect.poll(() => ccgs.innerText()).toMatch(/All CCGs \(2\)/);
    await page.getByRole('link', { name: 'Eastmoor and Vale crisis plan 2017' }).click();
    await page.getByRole('link', { name: 'Leads', exact: true }).click();
    await page.getByRole('button', { name: 'Separate “CCGs”' }).click();
    await expect.poll(() => page.locator('.import-leads tbody tr').count()).toBe(6);
    await screenshot(page, 'preview-8-leads-page');
    await page.goto(`${relay.url}/#/plan/${planId}/chase`);
    await expect.poll(() => page.locator('.chase-group[data-lead="CCGs"]').count()).toBe(1);
  });

  it('by touch on a phone (390x844): the row to check and a fix, with nothing written until import', async () => {
    const dev = await launchDevice('preview-phone', { width: 390, height: 844 }, { hasTouch: true, isMobile: true });
    devices.push(dev);
    const page = dev.page;
    await openPlans(page, relay.url);
    await chooseFile(page, file);
    await expect.poll(() => opening(page).innerText()).toMatch(/1 row needs a look/);
    await page.getByRole('list', { name: 'Rows that need a look' }).getByRole('button').first().tap();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await screenshot(page, 'preview-5-phone-row');
    await choose(page, rowSelect(page, /Objective 2 – A fast response/), 'Sub-heading');
    await expect.poll(() => opening(page).innerText()).toMatch(/^5 actions in 1 objective;/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'preview-6-phone-fixed');
    await page.locator('.import-leads').scrollIntoViewIfNeeded();
    await screenshot(page, 'preview-7-phone-leads');
    await page.getByRole('button', { name: 'Cancel' }).tap();
    await expect.poll(() => page.locator('.import-panel').count()).toBe(0);
    expect(await page.locator('.plan-card').count()).toBe(0);
  });
});
