/** How the e2e tests find things on Concord's plan screen: by role and label, as a keyboard or screen-reader user would. */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

const UI_TIMEOUT = 30_000;

export function syncIndicator(page: Page): Locator {
  return page.locator('.plan-head [data-sync]');
}

export function actionRow(page: Page, actionId: string): Locator {
  return page.locator(`tr.action-row[data-action-id="${actionId}"]`);
}

/**
 * The text of a plan-table row, a cell of it or the whole table, cell by cell and row by row. Rows far from the
 * viewport are not laid out (content-visibility: auto) and innerText is empty for them, so this reads textContent,
 * which does not depend on layout; the table's rows are joined by newlines and each row's cells by tabs.
 */
export function tableText(target: Locator): Promise<string> {
  return target.evaluate((el) => {
    // A paragraph or block inside a cell starts a new line, as it does on screen.
    const textOf = (node: Node): string =>
      Array.from(node.childNodes, (child) =>
        child instanceof Element ? (/^(P|DIV|LI|BR)$/.test(child.tagName) ? '\n' : '') + textOf(child) : (child.textContent ?? ''),
      ).join('');
    const rowText = (tr: HTMLTableRowElement) => Array.from(tr.cells, (c) => textOf(c).trim()).join('\t');
    if (el instanceof HTMLTableElement) return Array.from(el.rows, rowText).join('\n');
    if (el instanceof HTMLTableRowElement) return rowText(el);
    return textOf(el).trim();
  });
}

/** A field of the open action editor, by its visible label. */
export function editorField(page: Page, label: string): Locator {
  return page.getByRole('dialog').getByLabel(label, { exact: true });
}

export async function openPlan(page: Page, baseUrl: string, planId: string): Promise<void> {
  const url = `${baseUrl}/#/plan/${planId}`;
  if (page.url() !== url) await page.goto(url);
  await page.locator('.plan-head h1').waitFor({ timeout: UI_TIMEOUT });
}

export async function openEditor(page: Page, actionId: string): Promise<void> {
  await actionRow(page, actionId).getByRole('link', { name: /^Edit/ }).click();
  await page.getByRole('dialog').waitFor({ timeout: UI_TIMEOUT });
}

/** Connected, and every local change confirmed by the server. */
export async function waitForSynced(page: Page): Promise<void> {
  const indicator = syncIndicator(page);
  await expect.poll(() => indicator.getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('synced');
  await expect.poll(() => indicator.locator('[data-pending="yes"]').count(), { timeout: UI_TIMEOUT }).toBe(0);
}

/** Creates a plan from the Concordat template on the plans list it is on and returns its id. */
export async function createTemplatePlan(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByLabel('Plan title').fill(title);
  await page.getByRole('button', { name: 'Create plan' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: UI_TIMEOUT });
  return /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
}

/** Adds the plan's first action (to section 1) through its editor and returns the action id. */
export async function addFirstAction(page: Page, text: string): Promise<string> {
  await page.getByRole('button', { name: 'Add an action to section 1' }).click();
  await editorField(page, 'Action').fill(text);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  return (await page.locator('tr.action-row').first().getAttribute('data-action-id'))!;
}
