/**
 * Plans in and out through the UI, in real Chromium against the real relay serving client/dist: the import preview
 * for every seed and for a .docx exported from one (its counts equal what `concord import --report` computes),
 * an edited column mapping, a pasted table, downloads that read back, a corrupt file refused with nothing written,
 * and the plan view printed to PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { overrideKey, type ImportResult } from '@concord/shared';
import { exportDocx, importFile, importPaste } from '@concord/shared/formats';
import { startRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, SHOTS_DIR, type Device } from '../helpers/browser';
import { chooseFile, openPlans, pasteInto, previewCounts, reportCounts, UI_TIMEOUT, waitForPreviewIdle } from './import-page';
import type { Page } from 'playwright-core';
import { tableText } from './plan-page';
import { PLAN_DB_PREFIX } from './chaos/read-plans';
import { SEEDS_DIR, seedFileNames } from '../../testing/seeds';
import { describeWithSeeds } from '../../testing/with-seeds';

const SEEDS = seedFileNames();

async function cliReport(path: string, name = path.replace(/^.*\//, '')): Promise<ImportResult> {
  return importFile(name, new Uint8Array(readFileSync(path)));
}

async function confirmImport(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Import this plan' }).click();
  await page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
  await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
  return /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
}

async function download(page: Page, button: string): Promise<Uint8Array> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: UI_TIMEOUT }), page.getByRole('button', { name: button }).click()]);
  return new Uint8Array(readFileSync((await dl.path())!));
}

describeWithSeeds('plans in and out, in Chromium', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let dataDir: string;
  let work: string;
  let dev: Device;
  let docxPlanId = '';
  let docxActions = 0;

  beforeAll(async () => {
    assertClientBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'concord-io-relay-'));
    work = mkdtempSync(join(tmpdir(), 'concord-io-files-'));
    relay = await startRelay({ dataDir, clientDist: CLIENT_DIST });
    dev = await launchDevice('io');
  });

  afterAll(async () => {
    await dev?.close();
    await relay?.stop();
    for (const d of [dataDir, work]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it.each(SEEDS)('previews %s with the counts the CLI report gives, and cancels without writing', async (seed) => {
    const page = dev.page;
    const expected = reportCounts((await cliReport(join(SEEDS_DIR, seed))).report);
    await openPlans(page, relay.url);
    const ms = await chooseFile(page, join(SEEDS_DIR, seed));
    console.log(`import preview ${seed}: ${ms} ms in the browser (${expected.actions} actions)`);
    expect(await previewCounts(page)).toEqual(expected);
    await screenshot(page, `io-preview-${seed.replace('.txt', '')}`, true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.import-panel').count()).toBe(0);
    expect(await page.locator('.plan-card').count()).toBe(0);
  });

  it('previews and imports a .docx exported from a seed', async () => {
    const page = dev.page;
    const plan = (await cliReport(join(SEEDS_DIR, 'bromley.txt'))).plan;
    const path = join(work, 'bromley-export.docx');
    writeFileSync(path, await exportDocx(plan));
    const { report } = await cliReport(path);
    docxActions = report.actions;
    expect(docxActions).toBe(plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).length);
    await openPlans(page, relay.url);
    await chooseFile(page, path);
    expect(await previewCounts(page)).toEqual(reportCounts(report));
    docxPlanId = await confirmImport(page);
    await expect.poll(() => page.locator('tr.action-row').count(), { timeout: UI_TIMEOUT }).toBe(docxActions);
  });

  it('rebuilds the preview when a column mapping changes, and imports with it', async () => {
    const page = dev.page;
    const seed = join(SEEDS_DIR, 'nottinghamshire.txt');
    const base = await cliReport(seed);
    const leads = base.report.columns[0]!.columns.find((c) => c.key === 'leads')!;
    const name = leads.label.trim();
    const overrides = { [overrideKey(leads.label, 0)]: null };
    const expected = await importFile('nottinghamshire.txt', new Uint8Array(readFileSync(seed)), { columnOverrides: overrides });
    await openPlans(page, relay.url);
    await chooseFile(page, seed);
    const select = page.getByLabel(`Column “${name}” becomes`);
    expect(await select.inputValue()).toBe('leads');
    await select.selectOption('custom');
    await waitForPreviewIdle(page);
    await expect.poll(() => select.inputValue(), { timeout: UI_TIMEOUT }).toBe('custom');
    const row = page.locator('.import-columns tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    expect(await row.innerText()).toContain('your choice');
    expect(await previewCounts(page)).toEqual(reportCounts(expected.report));
    await screenshot(page, 'io-mapping-changed', true);
    await confirmImport(page);
    // The plan view labels each column by key: "Led by" is now a custom column, not the leads field.
    await expect.poll(() => page.locator('.plan-table thead th.col-leads').count()).toBe(0);
    const custom = page.locator('.plan-table thead th[class^="col-custom"]', { hasText: name });
    expect(await custom.count()).toBe(1);
  });

  it('imports a pasted tab-separated table', async () => {
    const page = dev.page;
    const text = 'No.\tAction\tLed By\tRAG\n1\tSet up a crisis line\tCCG\tGreen\n2\tTrain custody staff\tPolice\tRed\n3\tReview the s136 protocol\tCouncil\tAmber\n';
    const expected = importPaste({ text }).report;
    await openPlans(page, relay.url);
    await pasteInto(page, { 'text/plain': text });
    await page.locator('.import-panel[aria-busy="false"]').waitFor({ timeout: UI_TIMEOUT });
    expect(await previewCounts(page)).toEqual(reportCounts(expected));
    expect(expected.actions).toBe(3);
    await confirmImport(page);
    await expect.poll(() => page.locator('tr.action-row').count()).toBe(3);
    expect(await tableText(page.locator('tr.action-row').nth(1))).toContain('Red');
    mkdirSync(SHOTS_DIR, { recursive: true });
    const pdf = join(SHOTS_DIR, 'io-pasted-print.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(execFileSync('pdftotext', ['-layout', pdf, '-']).toString()).toMatch(/Green[\s\S]*Red[\s\S]*Amber/);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '1', pdf, join(SHOTS_DIR, 'io-pasted-print')]);
  });

  it('imports a .csv file dropped on the import area', async () => {
    const page = dev.page;
    const csv = '\uFEFFRef,Action,Timescale,Lead,Status\r\n1.1,Agree the crisis pathway,March 2016,CCG,Complete\r\n1.2,"Publish a directory, online",Q2 2016,Council,Amber\r\n';
    const expected = (await importFile('dropped.csv', new TextEncoder().encode(csv))).report;
    await openPlans(page, relay.url);
    await page.locator('.drop-zone').evaluate((zone, text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, csv);
    await page.getByRole('heading', { name: 'Import “dropped.csv”' }).waitFor({ timeout: UI_TIMEOUT });
    await waitForPreviewIdle(page);
    expect(await previewCounts(page)).toEqual(reportCounts(expected));
    expect(expected.actions).toBe(2);
  });

  it('downloads .docx, .xlsx and .csv from the plan view that read back with the same actions', async () => {
    const page = dev.page;
    await page.goto(`${relay.url}/#/plan/${docxPlanId}`);
    await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
    await page.getByText('Export or print').click();
    for (const [label, name] of [['Download Word (.docx)', 'x.docx'], ['Download Excel (.xlsx)', 'x.xlsx'], ['Download CSV (.csv)', 'x.csv']] as const) {
      const back = await importFile(name, await download(page, label));
      expect(back.report.actions, name).toBe(docxActions);
    }
    await page.getByLabel(/Add an “UPDATE/).check();
    await page.getByLabel('Updates since', { exact: true }).fill('2015-11-01');
    const withUpdates = await importFile('u.docx', await download(page, 'Download Word (.docx)'));
    expect(withUpdates.plan.columns.map((c) => c.label)).toContain('UPDATE NOVEMBER 2015');
    expect(withUpdates.report.actions).toBe(docxActions);
  });

  it('prints the plan view as a clean landscape document', async () => {
    const page = dev.page;
    await page.goto(`${relay.url}/#/plan/${docxPlanId}`);
    await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
    mkdirSync(SHOTS_DIR, { recursive: true });
    const pdf = join(SHOTS_DIR, 'io-plan-print.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    expect(text).not.toMatch(/Export or print|Plans on this device|Add an action to section/);
    // The header row repeats on every page; RAG is a word, not only a colour.
    for (const p of pages) expect(p).toMatch(/Action/);
    expect(text).toMatch(/Not rated|Green|Amber|Red|Complete/);
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(SHOTS_DIR, 'io-plan-print')]);
  });

  it('refuses a corrupt .docx with a clear sentence and writes nothing', async () => {
    const page = dev.page;
    const good = await exportDocx((await cliReport(join(SEEDS_DIR, 'bromley.txt'))).plan);
    const path = join(work, 'corrupt.docx');
    writeFileSync(path, good.slice(0, Math.floor(good.length / 2)));
    await openPlans(page, relay.url);
    const dbs = async () => (await page.evaluate(() => indexedDB.databases())).map((d) => d.name).sort();
    // The list fills in from the device's database after the page shows: count once it shows every plan stored here.
    const before = await dbs();
    const stored = before.filter((name) => name?.startsWith(PLAN_DB_PREFIX)).length;
    await expect.poll(() => page.locator('.plan-card').count(), { timeout: UI_TIMEOUT }).toBe(stored);
    const cards = stored;
    await chooseFile(page, path);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await alert.innerText()).toMatch(/damaged.*Nothing was imported/s);
    expect(await page.getByRole('button', { name: 'Import this plan' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('.plan-card').count()).toBe(cards);
    expect(await dbs()).toEqual(before);
    // Still usable: a good file right after previews normally.
    await chooseFile(page, join(SEEDS_DIR, 'bromley.txt'));
    await expect.poll(() => previewCounts(page).then((c) => c.actions)).toBeGreaterThan(0);
  });
});
