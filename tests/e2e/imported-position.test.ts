/**
 * The plan's own position, in real Chromium: a plan imported through the app arrives with progress written in
 * every row. That text is each action's current position ("from the plan as imported on <today>") until a newer
 * update exists, in the walk-through, the minutes, the chase email and My actions; the plan table shows the latest
 * update (date, author) beside the progress, with columns the person chooses; the export carries the updates by
 * default; "changes since" straight after the first meeting shows what it changed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chaseLeads, formatDate, headline, importText, type Action } from '@concord/shared';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device } from '../helpers/browser';
import { seriousA11yViolations } from './axe';
import { activate, createAndStartMeeting, endMeeting, press, setDeviceUser, UI_TIMEOUT, walk, writeUpdate } from './meeting-page';
import { actionRow, openPlan, tableText, waitForSynced } from './plan-page';

const SEED = fileURLToPath(new URL('../../../shared/seeds/nottinghamshire.txt', import.meta.url));
const ME = { name: 'Ann Chair', organisation: 'City Partnership' };
const UPDATE = 'Second cohort trained in March.';

async function download(page: Page, button: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: UI_TIMEOUT }), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await dl.path())!, 'utf8');
}

describe('an imported plan\'s own position, everywhere', () => {
  let relay: RunningRelay;
  let device: Device;
  let planId = '';
  let first: Action;
  let second: Action;
  let asImported = '';

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
    device = await launchDevice('imported-position', { width: 1280, height: 720 });
    const actions = importText(readFileSync(SEED, 'utf8')).plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));
    [first, second] = [actions[0]!, actions[1]!];
  });
  afterAll(async () => {
    await device?.close();
    await relay?.stop();
  });

  const firstLine = (a: Action) => headline(a.progress, 60).replace(/…$/, '');

  it('imports the plan; the table shows its progress and the columns the person chooses', async () => {
    const page = device.page;
    await setDeviceUser(page, relay.url, ME.name, ME.organisation);
    await page.getByLabel('Import a plan').setInputFiles(SEED);
    await page.getByRole('button', { name: 'Import this plan' }).click({ timeout: UI_TIMEOUT });
    await page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    planId = /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
    // The day of import, as the page writes it (en-GB): today.
    asImported = `From the plan as imported on ${formatDate(new Date().toISOString())}`;
    await waitForSynced(page);
    const row = page.locator('tr.action-row').first();
    expect(await tableText(row.locator('.col-progress'))).toContain(firstLine(first));
    expect(await page.locator('thead th.col-latest-update').innerText()).toBe('Latest update');

    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Outcomes' }).uncheck();
    expect(await page.locator('thead th.col-outcomes').count()).toBe(0);
    await page.reload();
    await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('thead th.col-outcomes').count()).toBe(0);
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Outcomes' }).check();
    expect(await page.locator('thead th.col-outcomes').count()).toBe(1);
  });

  it('shows the position in the walk-through, and an update made there in the table', async () => {
    const page = device.page;
    await activate(page.getByRole('link', { name: 'Meetings', exact: true }));
    await createAndStartMeeting(page, 'First review');
    const position = page.getByRole('region', { name: 'Current position' });
    expect(await position.innerText()).toContain(asImported);
    expect(await position.innerText()).toContain(firstLine(first));
    expect(await walk(page).innerText()).not.toContain('No updates yet');
    await screenshot(page, 'position-01-walk');
    await press(page, 'a', /^Rated Amber/);
    await press(page, 'n', /^Action 2 of/);
    await writeUpdate(page, UPDATE);
    await expect.poll(() => position.innerText(), { timeout: UI_TIMEOUT }).toContain(UPDATE);
    expect(await position.innerText()).toContain(ME.name);
    await endMeeting(page);
    await page.keyboard.press('Enter'); // the minutes link has focus
    await page.waitForURL(/\/minutes\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
  });

  it('minutes: the action rated without an update shows the plan\'s position, dated', async () => {
    const page = device.page;
    const row = page.locator(`.minutes-preview tr[data-action-id="${await idOf(page, 0)}"]`);
    await expect.poll(() => row.innerText(), { timeout: UI_TIMEOUT }).toContain(`Position (${asImported.replace(/^From/, 'from')}):`);
    expect(await row.innerText()).toContain(firstLine(first));
    expect(await page.locator(`.minutes-preview tr[data-action-id="${await idOf(page, 1)}"]`).innerText()).toContain(UPDATE);
    await screenshot(page, 'position-02-minutes');
  });

  it('chase list: the email quotes the plan\'s position, not "none recorded"', async () => {
    const page = device.page;
    await page.goto(`${relay.url}/#/plan/${planId}/chase`);
    const lead = chaseLeads(first)[0]!;
    const group = page.locator(`section.chase-group[data-lead="${lead}"]`);
    await group.waitFor({ timeout: UI_TIMEOUT });
    const email = await group.getByLabel('Email text').inputValue();
    expect(email).toContain(`current position (${asImported.replace(/^From/, 'from')}): ${firstLine(first)}`);
    expect(email).not.toContain('none recorded');
    await screenshot(page, 'position-03-chase');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('My actions: the imported position, and the update once there is one', async () => {
    const page = device.page;
    await page.goto(`${relay.url}/#/my-actions`);
    await page.locator('.result-count').waitFor({ timeout: UI_TIMEOUT });
    await page.getByLabel('Lead or organisation').fill('');
    const cell = (id: string) => page.locator(`tr[data-action-id="${id}"] .position-cell`);
    const [id0, id1] = [await idOf(page, 0), await idOf(page, 1)];
    await expect.poll(() => cell(id0).innerText(), { timeout: UI_TIMEOUT }).toContain(asImported);
    expect(await cell(id0).innerText()).toContain(firstLine(first));
    await expect.poll(() => cell(id1).innerText(), { timeout: UI_TIMEOUT }).toContain(UPDATE);
    expect(await cell(id1).innerText()).toContain(ME.name);
    expect(await page.locator('table').innerText()).not.toMatch(/\bNone\b/);
    await screenshot(page, 'position-04-my-actions');
  });

  it('the table shows the latest update, the export includes it by default, and changes since shows the meeting', async () => {
    const page = device.page;
    await openPlan(page, relay.url, planId);
    const latest = actionRow(page, await idOf(page, 1)).locator('.col-latest-update');
    await expect.poll(() => tableText(latest), { timeout: UI_TIMEOUT }).toContain(UPDATE);
    expect(await tableText(latest)).toContain(ME.name);
    await screenshot(page, 'position-05-table');
    await page.getByText('Export or print').click();
    const month = new Date().toLocaleString('en-GB', { month: 'long', year: 'numeric' }).toUpperCase();
    const box = page.getByLabel(`Add an “UPDATE ${month}” column with the updates since`);
    expect(await box.isChecked()).toBe(true);
    const csv = await download(page, 'Download CSV (.csv)');
    expect(csv).toContain(`UPDATE ${month}`);
    expect(csv).toContain(`${formatDate(new Date().toISOString())} (${ME.name}): ${UPDATE}`);

    await page.goto(`${relay.url}/#/plan/${planId}/changes`);
    await page.getByRole('list', { name: 'RAG movements' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByRole('heading', { name: /^RAG movements/ }).innerText()).toBe('RAG movements (1)');
    expect(await page.getByRole('heading', { name: /^New updates/ }).innerText()).toBe('New updates (1)');
  });

  /** The id of the plan's nth action, from the table's order (the ids are the device's own, made at import). */
  async function idOf(page: Page, n: number): Promise<string> {
    const ids = await page.evaluate(
      async ({ planId: id }) => {
        const open = indexedDB.open('concord-device');
        const db = await new Promise<IDBDatabase>((done, fail) => ((open.onsuccess = () => done(open.result)), (open.onerror = () => fail(open.error))));
        const rows = await new Promise<{ actionId: string; ref: string | null }[]>((done) => {
          const get = db.transaction('actions').objectStore('actions').index('planId').getAll(id);
          get.onsuccess = () => done(get.result as { actionId: string; ref: string | null }[]);
        });
        db.close();
        return rows.map((r) => [r.actionId, r.ref] as const);
      },
      { planId },
    );
    const ref = [first, second][n]!.ref;
    return ids.find(([, r]) => r === ref)![0];
  }
});
