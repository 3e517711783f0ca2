/** How the e2e tests drive working groups: create, invite, join, add plans, and read what each device holds. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { editorField, tableText } from './plan-page';

export const UI_TIMEOUT = 60_000;

/** Creates a working group from the plans list and returns its id. */
export async function createGroup(page: Page, baseUrl: string, name: string): Promise<string> {
  await page.goto(`${baseUrl}/#/`);
  await page.getByRole('button', { name: 'New working group' }).click();
  await page.getByLabel('Group name').fill(name);
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.waitForURL(/#\/group\/group-[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: UI_TIMEOUT });
  return /#\/group\/(group-[A-Za-z0-9_-]+)$/.exec(page.url())![1]!;
}

/** On the group's Plans page: adds the plan titled `title` from this device (or makes a new one) as `part`. */
export async function addPlanToGroup(page: Page, baseUrl: string, groupId: string, title: string, how: 'existing' | 'new', part: 'main' | 'sub'): Promise<void> {
  await page.goto(`${baseUrl}/#/group/${groupId}/plans`);
  await page.getByRole('heading', { name: 'Add a plan' }).waitFor({ timeout: UI_TIMEOUT });
  await page.getByRole('radio', { name: part === 'main' ? 'the group’s main plan' : 'a sub-group’s plan' }).check();
  if (how === 'existing') {
    await page.getByLabel('A plan on this device that you own').selectOption({ label: title });
    await page.getByRole('button', { name: 'Add this plan' }).click();
  } else {
    await page.getByLabel(/Or a new plan/).fill(title);
    await page.getByRole('button', { name: 'Create and add' }).click();
  }
  await page.getByRole('status').filter({ hasText: 'every member can open it now' }).waitFor({ timeout: UI_TIMEOUT });
  await page.locator('.group-plan-list li', { hasText: title }).waitFor({ timeout: UI_TIMEOUT });
}

/** On the Members page: creates an invite link for a role and returns it. */
export async function groupLink(page: Page, baseUrl: string, groupId: string, role: 'editor' | 'viewer'): Promise<string> {
  await page.goto(`${baseUrl}/#/group/${groupId}/members`);
  const box = page.getByLabel('Group invite link', { exact: true });
  const before = (await box.count()) > 0 ? await box.inputValue() : '';
  await page.getByRole('button', { name: role === 'editor' ? 'Create an editing link' : 'Create a view-only link' }).click();
  await expect.poll(async () => ((await box.count()) > 0 ? box.inputValue() : ''), { timeout: UI_TIMEOUT }).not.toBe(before);
  return box.inputValue();
}

/** Opens a group invite link, says who this is, joins, and waits for the group's home. */
export async function joinGroupByLink(page: Page, link: string, name: string, organisation: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { name: 'Join a working group' }).waitFor({ timeout: UI_TIMEOUT });
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your organisation').fill(organisation);
  await page.getByRole('button', { name: 'Join the group' }).click();
  await page.waitForURL(/#\/group\/group-[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
}

/** The plan ids the group's home shows as cards, in order. */
export async function homePlanIds(page: Page): Promise<string[]> {
  return page.locator('.group-plan-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-plan-id') ?? ''));
}

/** Appends text to the first action's Action field through its editor, as a person would. */
export async function appendToFirstAction(page: Page, text: string): Promise<void> {
  await page.locator('tr.action-row[data-action-id]').first().getByRole('link', { name: /^Edit/ }).click();
  const field = editorField(page, 'Action');
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  await expect.poll(() => tableText(page.locator('tr.action-row').first()), { timeout: UI_TIMEOUT }).toContain(text.trim());
}

/** This device's catalogue rows of the given plans: role, whether a token is held, and the last refusal. */
export async function planRows(page: Page, planIds: string[]): Promise<{ id: string; role: string | null; refusedReason: string | null }[]> {
  return page.evaluate(
    (ids) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('concord-device');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('plans').objectStore('plans');
          const out: { id: string; role: string | null; refusedReason: string | null }[] = [];
          let left = ids.length;
          ids.forEach((id, i) => {
            const get = store.get(id);
            get.onsuccess = () => {
              const row = get.result as { role?: string | null; refusedReason?: string | null } | undefined;
              out[i] = { id, role: row?.role ?? null, refusedReason: row?.refusedReason ?? null };
              if (--left === 0) {
                open.result.close();
                done(out);
              }
            };
          });
        };
      }),
    planIds,
  );
}
