/**
 * Versions in real Chromium: the relay serves build A (the app as it ships), devices work offline, the operator
 * deploys build B (the same app plus the test migration: a new field on every action). A laptop that reloads is
 * told a new version is ready before anything changes, updates on its click without losing what was being typed,
 * and migrates its plan with its offline edits in it. A laptop still running build A receives the migrated plan:
 * it says the plan was saved by a newer version, stays readable and read-only, keeps its own pending edit on the
 * device (nothing reaches the server), and sends it once updated. A live meeting holds the offer back until it ends.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { TEST_MIGRATION_KEY, TEST_SCHEMA } from '@concord/shared/test-migration';
import { buildTestVariant, servedApp } from '../helpers/app-builds';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, waitForServiceWorker, type Device } from '../helpers/browser';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { readDeviceCopy, readServerCopy } from './chaos/read-plans';
import { createAndStartMeeting, endMeeting } from './meeting-page';
import { actionRow, addFirstAction, createTemplatePlan, editorField, openEditor, openPlan, syncIndicator, tableText, waitForSynced } from './plan-page';
import { inviteLinkFor, joinByLink, ownerTokenOf } from './share-page';

const UI_TIMEOUT = 30_000;
const banner = (page: Page): Locator => page.locator('.update-banner');
const bannerKind = (page: Page) => banner(page).getAttribute('data-update', { timeout: 1000 }).catch(() => null);
const updateButton = (page: Page) => banner(page).getByRole('button', { name: 'Update Concord' });

/** Screenshots at a phone's size and a projector's, then puts the viewport back. */
async function screenshotSizes(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const [label, size] of [['phone', { width: 390, height: 844 }], ['projector', { width: 1280, height: 720 }]] as const) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${label}`);
  }
  if (before) await page.setViewportSize(before);
}

/** Clicks "Update Concord" and waits for the page to come back, reloaded into the new version. */
async function updateAndReload(page: Page): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: UI_TIMEOUT * 2 });
  await updateButton(page).click();
  await reloaded;
  await page.locator('.plan-head h1, .walk-head h1').first().waitFor({ timeout: UI_TIMEOUT });
}

/** The action's fields as the device stored them (straight from its IndexedDB), with the version that wrote it. */
async function storedAction(device: Device, planId: string, actionId: string) {
  const { plan } = await readDeviceCopy(device.name, device.page, planId);
  const action = plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).find((a) => a.id === actionId);
  return { version: plan.version, action: action as (typeof action & Record<string, unknown>) | undefined };
}

describe('versions: an app update and a newer plan, in Chromium', () => {
  let relay: RunningRelay;
  let served: ReturnType<typeof servedApp>;
  let buildB = '';
  let laptop: Device; // updates to build B
  let oldLaptop: Device; // stays on build A while the plan is migrated
  let chair: Device; // running a live meeting when build B is deployed
  let planId = '';
  let actionId = '';
  let chairPlanId = '';
  let secondTab: Page | null = null;
  let secondTabLoads = 0;
  const secondTabErrors: string[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    buildB = await buildTestVariant();
    served = servedApp();
    served.deploy(CLIENT_DIST);
    relay = await startRelay({ clientDist: served.dir });
    [laptop, oldLaptop, chair] = [await launchDevice('laptop'), await launchDevice('old-laptop'), await launchDevice('chair')];
  });

  afterAll(async () => {
    for (const d of [laptop, oldLaptop, chair]) await d?.close();
    await relay?.stop();
    served?.remove();
    if (buildB) rmSync(buildB, { recursive: true, force: true });
  });

  it('build A ships without the test migration; build B has it', () => {
    const holds = (dir: string) =>
      readdirSync(join(dir, 'assets')).some((f) => f.endsWith('.js') && readFileSync(join(dir, 'assets', f), 'utf8').includes('test-last-update'));
    expect(holds(CLIENT_DIST)).toBe(false);
    expect(holds(buildB)).toBe(true);
  });

  it('on build A: a plan shared by two laptops, and a meeting live on a third device', async () => {
    await laptop.page.goto(relay.url);
    planId = await createTemplatePlan(laptop.page, 'Harbour crisis care plan');
    actionId = await addFirstAction(laptop.page, 'Agree a night-time crisis café with the harbour trust');
    await waitForSynced(laptop.page);
    await waitForServiceWorker(laptop.page);
    await joinByLink(oldLaptop.page, await inviteLinkFor(relay.url, laptop.page, planId));
    await waitForSynced(oldLaptop.page);
    await waitForServiceWorker(oldLaptop.page);
    expect((await storedAction(laptop, planId, actionId)).version).toBe(1);

    await chair.page.goto(relay.url);
    chairPlanId = await createTemplatePlan(chair.page, 'Chair\u2019s review plan');
    await addFirstAction(chair.page, 'Review the street triage pilot');
    await waitForServiceWorker(chair.page);
    await chair.page.goto(`${relay.url}/#/plan/${chairPlanId}/meetings`);
    await createAndStartMeeting(chair.page, 'Spring review');
  });

  it('a reload right after the editor closes keeps the words just typed', async () => {
    const page = laptop.page;
    await openEditor(page, actionId);
    await editorField(page, 'Timescale').fill('By the end of May');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.locator('.plan-head h1').waitFor({ timeout: UI_TIMEOUT });
    // The reload may land before or after the editor's address was left: open it by its address either way.
    await page.evaluate((hash) => (location.hash = hash), `#/plan/${planId}/action/${actionId}`);
    await page.getByRole('dialog').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => editorField(page, 'Timescale').inputValue(), { timeout: UI_TIMEOUT }).toBe('By the end of May');
    await page.keyboard.press('Escape');
    await expect.poll(() => tableText(actionRow(page, actionId)), { timeout: UI_TIMEOUT }).toContain('By the end of May');
    await waitForSynced(page);
  });

  it('offline on build A, the laptop edits and adds a dated update; the old laptop edits too', async () => {
    await oldLaptop.context.setOffline(true);
    await openEditor(oldLaptop.page, actionId);
    await editorField(oldLaptop.page, 'Outcomes').fill('Written on the old laptop while offline.');
    await oldLaptop.page.keyboard.press('Escape');
    await expect.poll(() => tableText(actionRow(oldLaptop.page, actionId))).toContain('Written on the old laptop while offline.');

    await laptop.context.setOffline(true);
    await openEditor(laptop.page, actionId);
    await editorField(laptop.page, 'Progress').fill('Venue found on the quay.');
    await laptop.page.getByLabel('Date', { exact: true }).fill('2025-03-04');
    await laptop.page.getByLabel('Update', { exact: true }).fill('Trust board agreed the funding.');
    await laptop.page.getByRole('button', { name: 'Add update' }).click();
    await laptop.page.getByRole('dialog').getByText('Trust board agreed the funding.').waitFor({ timeout: UI_TIMEOUT });
    await laptop.page.keyboard.press('Escape');
    await expect.poll(() => tableText(actionRow(laptop.page, actionId))).toContain('Venue found on the quay.');
  });

  it('build B is deployed: on reload the laptop is told a new version is ready, still on build A', async () => {
    served.deploy(buildB);
    await laptop.context.setOffline(false);
    await laptop.page.reload();
    await laptop.page.locator('.plan-head h1').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => bannerKind(laptop.page), { timeout: UI_TIMEOUT }).toBe('ready');
    expect(await banner(laptop.page).innerText()).toContain('A new version of Concord is ready.');
    await screenshot(laptop.page, 'versions-01-update-ready');
    await screenshotSizes(laptop.page, 'versions-01-update-ready');
    // Nothing has changed yet: the page still runs build A, and its copy of the plan is still version 1.
    await waitForSynced(laptop.page);
    const before = await storedAction(laptop, planId, actionId);
    expect(before.version).toBe(1);
    expect(before.action && Object.hasOwn(before.action, TEST_MIGRATION_KEY.lastUpdate)).toBe(false);
  });

  it('the laptop updates on its click, mid-sentence, losing nothing, and its plan is migrated', async () => {
    // A second tab of the same laptop is mid-word in another field when the first tab updates. "No." saves only
    // when it is left, so its words are still unsaved when this tab finds the plan newer and closes the editor.
    secondTab = await laptop.context.newPage();
    secondTab.on('pageerror', (e) => secondTabErrors.push(e.message));
    await openPlan(secondTab, relay.url, planId);
    await openEditor(secondTab, actionId);
    await editorField(secondTab, 'No.').click();
    await secondTab.keyboard.type('7.2b');
    secondTab.on('load', () => (secondTabLoads += 1));

    await openEditor(laptop.page, actionId);
    const progress = editorField(laptop.page, 'Progress');
    await progress.click();
    await laptop.page.keyboard.press('Control+End');
    await laptop.page.keyboard.type(' Opening in May.');
    // The editor is a modal dialog: nothing outside it, the banner included, can be reached while it is open.
    // Closing it is the end of the sentence; the click right after must not lose the words just saved.
    await laptop.page.keyboard.press('Escape');
    await updateAndReload(laptop.page);

    expect(await banner(laptop.page).count()).toBe(0);
    await expect.poll(() => tableText(actionRow(laptop.page, actionId)), { timeout: UI_TIMEOUT }).toContain('Venue found on the quay. Opening in May.');
    await expect.poll(async () => (await storedAction(laptop, planId, actionId)).version, { timeout: UI_TIMEOUT }).toBe(TEST_SCHEMA.version);
    const after = await storedAction(laptop, planId, actionId);
    expect(after.action).toMatchObject({ progress: 'Venue found on the quay. Opening in May.', [TEST_MIGRATION_KEY.lastUpdate]: '2025-03-04' });
    await waitForSynced(laptop.page);
    await screenshot(laptop.page, 'versions-02-updated');
  });

  it('the second tab was not reloaded under its typing: it turns read-only, keeps its words, and updates on its own click', async () => {
    const page = secondTab!;
    await expect.poll(() => bannerKind(page), { timeout: UI_TIMEOUT }).toBe('newer-plan');
    expect(secondTabLoads).toBe(0);
    expect(secondTabErrors).toEqual([]);
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
    await updateAndReload(page);
    expect(secondTabLoads).toBe(1);
    // Its words are in the plan, or in the field's journal until the field opens again: open it either way.
    await page.evaluate((hash) => (location.hash = hash), `#/plan/${planId}/action/${actionId}`);
    await expect.poll(() => editorField(page, 'No.').inputValue(), { timeout: UI_TIMEOUT }).toBe('7.2b');
    await page.keyboard.press('Escape');
    await expect.poll(() => tableText(actionRow(laptop.page, actionId)), { timeout: UI_TIMEOUT }).toMatch(/^7\.2b\t/);
    await page.close();
  });

  it('the old laptop, still on build A, receives the newer plan: says so, stays readable and read-only, sends nothing', async () => {
    const page = oldLaptop.page;
    // Someone is mid-word in "Led by" (saved when the field is left) as the newer plan arrives.
    await openEditor(page, actionId);
    await editorField(page, 'Led by').click();
    await page.keyboard.type('Harbour Trust');
    await oldLaptop.context.setOffline(false);
    await expect.poll(() => bannerKind(page), { timeout: UI_TIMEOUT }).toBe('newer-plan');
    // The editor closed under the typing (the plan is read-only here now) without an error, the words journalled.
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(oldLaptop.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    expect(await banner(page).innerText()).toContain('This plan was saved by a newer version of Concord');
    await expect.poll(() => tableText(actionRow(page, actionId)), { timeout: UI_TIMEOUT }).toContain('Opening in May.');
    expect(await tableText(actionRow(page, actionId))).toContain('Written on the old laptop while offline.');
    expect(await actionRow(page, actionId).getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Meetings' }).count()).toBe(0);
    await expect.poll(() => syncIndicator(page).getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('held');
    expect(await syncIndicator(page).innerText()).toMatch(/Not syncing until Concord is updated\s+1 change kept on this device/);
    await screenshot(page, 'versions-03-newer-plan');
    await screenshotSizes(page, 'versions-03-newer-plan');
    // Its edit stayed on the device: the server's copy (already migrated) does not have it.
    const server = await readServerCopy(relay.wsUrl, planId, await ownerTokenOf(laptop.page, planId));
    expect(server.plan.version).toBe(TEST_SCHEMA.version);
    expect(JSON.stringify(server.plan)).not.toContain('Written on the old laptop while offline.');
    // Still working: reading another screen of the plan, and a reload, do not hang.
    await page.reload();
    await page.locator('.plan-head h1').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => bannerKind(page), { timeout: UI_TIMEOUT }).toBe('newer-plan');
    await page.goto(`${relay.url}/#/plan/${planId}/meetings`);
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor({ timeout: UI_TIMEOUT });
  });

  it('one click updates the old laptop: its pending edit is migrated and reaches the laptop', async () => {
    await openPlan(oldLaptop.page, relay.url, planId);
    await updateAndReload(oldLaptop.page);
    expect(await banner(oldLaptop.page).count()).toBe(0);
    await waitForSynced(oldLaptop.page);
    expect((await storedAction(oldLaptop, planId, actionId)).version).toBe(TEST_SCHEMA.version);
    await expect.poll(() => tableText(actionRow(laptop.page, actionId)), { timeout: UI_TIMEOUT }).toContain('Written on the old laptop while offline.');
    expect(await tableText(actionRow(oldLaptop.page, actionId))).toContain('Venue found on the quay. Opening in May.');
    // The words that were being typed when the plan turned read-only come back in their field, and save now.
    await openEditor(oldLaptop.page, actionId);
    await expect.poll(() => editorField(oldLaptop.page, 'Led by').inputValue(), { timeout: UI_TIMEOUT }).toBe('Harbour Trust');
    await oldLaptop.page.keyboard.press('Escape');
    await expect.poll(() => tableText(actionRow(laptop.page, actionId)), { timeout: UI_TIMEOUT }).toContain('Harbour Trust');
  });

  it('during a live meeting the new version waits for the meeting to end, then is offered', async () => {
    const page = chair.page;
    await page.reload();
    await page.locator('.walk-head h1').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => bannerKind(page), { timeout: UI_TIMEOUT }).toBe('waiting-for-meeting');
    expect(await banner(page).innerText()).toContain('It will be offered when the meeting ends.');
    expect(await updateButton(page).count()).toBe(0);
    await screenshot(page, 'versions-04-waiting-for-meeting');
    await endMeeting(page);
    await expect.poll(() => bannerKind(page), { timeout: UI_TIMEOUT }).toBe('ready');
    await updateAndReload(page);
    expect(await banner(page).count()).toBe(0);
    expect((await readDeviceCopy('chair', page, chairPlanId)).plan.version).toBe(TEST_SCHEMA.version);
  });
});
