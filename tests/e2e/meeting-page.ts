/** How the e2e tests drive meeting mode: by keyboard, waiting on what the walk-through shows and announces. */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { importText, isPlanDoc, loadPlanIntoDoc, type Plan } from '@concord/shared';
import { connectClient, waitFor } from '../relay/clients';

export const UI_TIMEOUT = 60_000;

/** Creates a plan from a seed ONCE, in Node, and stores it on the relay; browsers then join it by its URL. */
export async function seedPlanOnRelay(wsUrl: string, text: string, fileName: string): Promise<Plan> {
  const plan = importText(text, { fileName }).plan;
  const client = connectClient(wsUrl, plan.id);
  try {
    await client.synced;
    loadPlanIntoDoc(client.doc, plan);
    // The relay acknowledges stored updates; a round trip through a second client proves the plan is there.
    const check = connectClient(wsUrl, plan.id);
    try {
      await check.synced;
      await waitFor('the seeded plan to reach a second client', () => isPlanDoc(check.doc), UI_TIMEOUT);
    } finally {
      check.destroy();
    }
  } finally {
    client.destroy();
  }
  return plan;
}

/** Types the device user's name and organisation on the plans page and saves them, keyboard only. */
export async function setDeviceUser(page: Page, baseUrl: string, name: string, organisation: string): Promise<void> {
  await page.goto(`${baseUrl}/#/`);
  await page.getByLabel('Your name').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(organisation);
  await page.keyboard.press('Enter');
  await page.getByText('Saved.').waitFor({ timeout: UI_TIMEOUT });
}

export function walk(page: Page): Locator {
  return page.locator('.walk-through');
}

export function announcer(page: Page): Locator {
  return page.locator('#walk-announcer');
}

export async function currentActionId(page: Page): Promise<string> {
  await walk(page).waitFor({ timeout: UI_TIMEOUT });
  return (await walk(page).getAttribute('data-action-id')) ?? '';
}

/** Presses a shortcut and waits until the live region says `said`. */
export async function press(page: Page, key: string, said: string | RegExp): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => announcer(page).innerText(), { timeout: UI_TIMEOUT }).toMatch(said);
}

/** U, type, Ctrl+Enter: records an update for the action on screen. */
export async function writeUpdate(page: Page, text: string): Promise<void> {
  await page.keyboard.press('u');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: UI_TIMEOUT }).toBe('TEXTAREA');
  await page.keyboard.type(text);
  await press(page, 'Control+Enter', 'Update saved.');
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('TEXTAREA');
}

/** N, and waits for the walk-through to show another action; returns its id. */
export async function next(page: Page): Promise<string> {
  const before = await currentActionId(page);
  await page.keyboard.press('n');
  await expect.poll(() => currentActionId(page), { timeout: UI_TIMEOUT }).not.toBe(before);
  return currentActionId(page);
}

/** Tab focus to a control found by role and name, then press a key on it: how a keyboard user activates it. */
export async function activate(locator: Locator, key = 'Enter'): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

/** Creates a meeting from the plan's Meetings screen and starts it; returns the meeting id. */
export async function createAndStartMeeting(page: Page, title: string, attendee?: { name: string; organisation: string }): Promise<string> {
  await page.getByRole('heading', { level: 2, name: 'Plan a meeting' }).waitFor({ timeout: UI_TIMEOUT });
  await page.getByLabel('Meeting title').focus();
  await page.keyboard.type(title);
  if (attendee) {
    await page.getByLabel('Attendee name').focus();
    await page.keyboard.type(attendee.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(attendee.organisation);
    await page.keyboard.press('Enter');
    await page.getByText('1 attendee chosen').waitFor({ timeout: UI_TIMEOUT });
  }
  await activate(page.getByRole('button', { name: 'Create meeting' }));
  await page.waitForURL(/#\/plan\/[^/]+\/meeting\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
  const meetingId = /\/meeting\/([A-Za-z0-9_-]+)$/.exec(page.url())![1]!;
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: UI_TIMEOUT }).toBe('Start meeting');
  await page.keyboard.press('Enter');
  await walk(page).waitFor({ timeout: UI_TIMEOUT });
  return meetingId;
}

/** The focused element's text. */
export function focusedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.textContent?.trim());
}

/**
 * E, then Tab from the dialog's default button ("Keep going") to "End meeting" and Enter. Focus then lands on the
 * link to the minutes.
 */
export async function endMeeting(page: Page): Promise<void> {
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'End the meeting?' });
  await dialog.waitFor({ timeout: UI_TIMEOUT });
  expect(await focusedText(page)).toBe('Keep going');
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('End meeting');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  await page.locator('.walk-head .state-ended').waitFor({ timeout: UI_TIMEOUT });
  await expect.poll(() => focusedText(page), { timeout: UI_TIMEOUT }).toBe('Open the minutes');
}
