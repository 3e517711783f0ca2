/** Page helpers for the import preview and export controls (tests/e2e/plans-in-out.test.ts). */
import type { Page } from 'playwright-core';
import type { ImportReport } from '@concord/shared';

export const UI_TIMEOUT = 60_000;

export function summary(page: Page) {
  return page.getByRole('list', { name: 'What the file contains' });
}

/** The numbers the preview shows, read from the page. */
export async function previewCounts(page: Page): Promise<{ sections: number; actions: number; warnings: number; perSection: number[] }> {
  const text = await summary(page).innerText();
  const count = (word: string) => Number(new RegExp(`(\\d+)\\s+${word}`).exec(text)?.[1] ?? NaN);
  const perSection = (await page.locator('.import-section-actions').allInnerTexts()).map(Number);
  return { sections: count('sections'), actions: count('actions'), warnings: count('warnings'), perSection };
}

/** The same numbers from a report built in Node (what `concord import --report` prints). */
export function reportCounts(report: ImportReport) {
  return {
    sections: report.sections.length,
    actions: report.actions,
    warnings: report.warnings.length,
    perSection: report.sections.map((s) => s.actions),
  };
}

export async function openPlans(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/#/`);
  await page.getByRole('heading', { name: 'Plans on this device' }).waitFor({ timeout: UI_TIMEOUT });
}

/** Chooses a file and waits for the preview (or an error); returns the milliseconds it took. */
export async function chooseFile(page: Page, path: string): Promise<number> {
  const start = Date.now();
  await page.getByLabel('Import a plan').setInputFiles(path);
  await page.locator('.import-panel').waitFor({ timeout: UI_TIMEOUT });
  await page.locator('.import-panel[aria-busy="false"]').waitFor({ timeout: UI_TIMEOUT });
  return Date.now() - start;
}

export async function waitForPreviewIdle(page: Page): Promise<void> {
  await page.locator('.import-panel[aria-busy="false"]').waitFor({ timeout: UI_TIMEOUT });
}

/** Pastes into the paste box as a real clipboard paste would (a paste event carrying the clipboard's data). */
export async function pasteInto(page: Page, data: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: 'Paste a table' }).click();
  const box = page.getByLabel(/Paste the plan’s table here/);
  await box.waitFor({ timeout: UI_TIMEOUT });
  await box.evaluate((el, entries) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) dt.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}
