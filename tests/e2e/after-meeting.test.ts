/**
 * After the meeting, in real Chromium against the real relay: import the Nottinghamshire seed through the UI, hold
 * two meetings from a second replica through the relay, then read and edit the minutes, export .docx and Markdown,
 * see changes since, the chase list, the dashboard and My actions, with axe-core on each screen.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { importText, isPlanDoc, planFromDoc, type Plan } from '@concord/shared';
import { screenshot } from '../helpers/browser';
import { seedPath } from '../../testing/seeds';
import { describeWithSeeds } from '../../testing/with-seeds';
import { connectClient, waitFor } from '../relay/clients';
import { ownerTokenOf } from './share-page';
import { oneDeviceSuite } from './one-device-suite';
import { seriousA11yViolations } from './axe';
import { waitForSynced } from './plan-page';
import { allActions, ATTENDEES, holdMeetings, JANUARY, updateText, type Held } from './meeting-script';

const SEED = seedPath('nottinghamshire');
const UI_TIMEOUT = 60_000;

async function downloadText(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: UI_TIMEOUT }), page.getByRole('button', { name: button }).click()]);
  return { download, bytes: readFileSync((await download.path())!) };
}

describeWithSeeds('after the meeting, in Chromium', () => {
  const s = oneDeviceSuite('after-meeting');
  let planId = '';
  let imported: Plan;
  let held: Held;
  const href = (rest: string) => `${s.relay.url}/#/plan/${planId}/${rest}`;

  it('imports the Nottinghamshire plan and receives two meetings held on another replica', async () => {
    const page = s.device.page;
    await page.goto(s.relay.url);
    await page.getByRole('heading', { name: 'Plans on this device' }).waitFor({ timeout: UI_TIMEOUT });
    await page.getByLabel('Import a plan').setInputFiles(SEED);
    await page.getByRole('button', { name: 'Import this plan' }).click({ timeout: UI_TIMEOUT });
    await page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    planId = /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
    await waitForSynced(page);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The import registered the plan on the server: the second replica needs a token too.
    const facilitator = connectClient(s.relay.wsUrl, planId, { token: await ownerTokenOf(page, planId) });
    try {
      await facilitator.synced;
      await waitFor('the plan on the second replica', () => isPlanDoc(facilitator.doc), 30_000);
      imported = planFromDoc(facilitator.doc);
      expect(allActions(imported).length).toBe(allActions(importText(readFileSync(SEED, 'utf8')).plan).length);
      held = holdMeetings(facilitator.doc);
      await page.goto(href('minutes'));
      const title = page.getByRole('heading', { level: 2, name: /January review/ });
      await title.waitFor({ timeout: UI_TIMEOUT });
    } finally {
      facilitator.destroy();
    }
  });

  it('drafts the minutes, keeps an edit, and exports it in the .docx and Markdown', async () => {
    const page = s.device.page;
    const preview = page.locator('.minutes-preview');
    for (const a of ATTENDEES) await expect.poll(() => preview.innerText(), { timeout: UI_TIMEOUT }).toContain(a.name);
    expect(await preview.innerText()).toContain(updateText(0));
    expect(await preview.locator('.minutes-table tbody tr').count()).toBe(JANUARY.length);
    expect(await preview.innerText()).toContain('Amber → Green');

    const attendees = page.getByLabel('Attendees', { exact: true });
    await attendees.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nDee Jones, Mind Nottingham');
    const notes = page.getByLabel('Notes and decisions');
    await notes.click(); // blurs the attendees field, which saves it
    await page.keyboard.type('Next meeting: 10 March 2016.');
    await expect.poll(() => preview.innerText(), { timeout: UI_TIMEOUT }).toContain('Dee Jones, Mind Nottingham');
    await expect.poll(() => preview.innerText(), { timeout: UI_TIMEOUT }).toContain('Next meeting: 10 March 2016.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '30-minutes', true);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, '31-minutes-print', true);
    await page.emulateMedia({ media: 'screen' });

    const docx = await downloadText(page, 'Download as Word (.docx)');
    expect(docx.download.suggestedFilename()).toMatch(/\.docx$/);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.bytes))['word/document.xml']!);
    for (const name of [...ATTENDEES.map((a) => a.name), 'Dee Jones']) expect(xml).toContain(name);
    expect(xml).toContain(updateText(0));
    expect(xml).toContain('Amber → Green');
    expect(xml).toContain('Next meeting: 10 March 2016.');
    const md = (await downloadText(page, 'Download as Markdown')).bytes.toString('utf8');
    expect(md).toContain('Dee Jones');
    expect(md).toContain('Amber → Green');
  });

  it('shows changes since a chosen meeting and the chase list per lead', async () => {
    const page = s.device.page;
    await page.goto(href('changes'));
    // By default "since" is the meeting before the latest: straight after January it shows what January changed.
    await expect.poll(() => page.getByLabel('Since', { exact: true }).inputValue(), { timeout: UI_TIMEOUT }).toBe(held.november);
    await page.getByLabel('Since', { exact: true }).selectOption(held.november);
    const moved = page.getByRole('list', { name: 'RAG movements' });
    await moved.waitFor({ timeout: UI_TIMEOUT });
    const first = allActions(imported).find((a) => a.id === held.agenda[0]);
    const firstRef = first!.ref!.replace(/\.$/, '');
    // Action 0 went Amber (November) to Green (January); action 1 was Amber both times, so it did not move.
    const row = (i: number) => moved.locator(`li:has(a[href$="/action/${held.agenda[i]}"])`);
    expect(await row(0).innerText()).toMatch(new RegExp(`${firstRef}[\\s\\S]*Amber[\\s\\S]*to[\\s\\S]*Green`));
    expect(await row(1).count()).toBe(0);
    await screenshot(page, '32-changes-since', true);

    await page.goto(href('chase'));
    const absent = allActions(imported).find((a) => a.id === held.agenda[held.leadAbsent])!;
    const lead = absent.leads.find((l) => !/^Working with/i.test(l))!.trim();
    const group = page.locator(`section.chase-group[data-lead="${lead}"]`);
    await group.waitFor({ timeout: UI_TIMEOUT });
    const email = await group.getByLabel('Email text').inputValue();
    expect(email).toContain(`Dear ${lead}`);
    expect(email).toContain(`Action ${absent.ref!.replace(/\.$/, '')}:`);
    for (const i of JANUARY.keys()) expect(email).not.toContain(`Action ${allActions(imported).find((a) => a.id === held.agenda[i])!.ref!.replace(/\.$/, '')}: `);
    await s.device.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.relay.url });
    await group.getByRole('button', { name: 'Copy email text' }).click();
    await group.getByRole('status').filter({ hasText: /Copied|Selected/ }).waitFor({ timeout: UI_TIMEOUT });
    await group.scrollIntoViewIfNeeded();
    await screenshot(page, '33-chase-list');
  });

  it('draws the dashboard with tables that hold the right counts', async () => {
    const page = s.device.page;
    await page.goto(href('dashboard'));
    await expect.poll(() => page.locator('canvas[data-drawn="yes"]').count(), { timeout: UI_TIMEOUT }).toBeGreaterThanOrEqual(2);
    const bySection = page.getByRole('table', { name: 'Actions by RAG rating in each section' });
    const totals = await bySection.locator('tbody tr td:last-child').allInnerTexts();
    expect(totals.reduce((a, t) => a + Number(t), 0)).toBe(allActions(imported).length);
    const trend = page.getByRole('table', { name: 'Actions by RAG rating as each meeting left them' });
    expect(await trend.locator('tbody tr').count()).toBe(2);
    const greens = [...held.afterJanuary.values()].filter((r) => r === 'green').length;
    const greenCol = (await trend.locator('thead th').allInnerTexts()).indexOf('Green') - 1; // the row header is a th
    expect(await trend.locator('tbody tr').last().locator('td').nth(greenCol).innerText()).toBe(String(greens));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '34-dashboard', true);
  });

  it('finds actions across plans in My actions, by search and RAG', async () => {
    const page = s.device.page;
    await page.goto(`${s.relay.url}/#/my-actions`);
    const count = page.locator('.result-count');
    await count.waitFor({ timeout: UI_TIMEOUT });
    await page.getByLabel('Lead or organisation').fill('');
    // A word from an action January rated Amber, so both the search and the RAG filter have something to find.
    const amberText = allActions(imported).find((a) => a.id === held.agenda[JANUARY.indexOf('amber')])!.text;
    const word = amberText.split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length)[0]!.toLowerCase();
    await page.getByLabel('Search action text').fill(word);
    const withWord = allActions(imported).filter((a) => a.text.toLowerCase().includes(word));
    await expect.poll(() => count.innerText(), { timeout: UI_TIMEOUT }).toMatch(new RegExp(`^${withWord.length} actions? of ${allActions(imported).length}$`));
    await page.getByRole('checkbox', { name: 'Amber' }).check();
    const amber = withWord.filter((a) => held.afterJanuary.get(a.id) === 'amber');
    expect(amber.length).toBeGreaterThan(0);
    await expect.poll(() => count.innerText(), { timeout: UI_TIMEOUT }).toMatch(new RegExp(`^${amber.length} actions? of`));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '35-my-actions', true);
  });
});
