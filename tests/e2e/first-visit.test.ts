/**
 * A new user's first minutes, in real Chromium against the real relay: no storage warning on a first visit with no
 * plans; the warning only when the browser has refused persistent storage and a change here is not on the server
 * (offline), saying what to do, and gone once the change is synced. A person who joins by an invite link is asked
 * their name and organisation before the plan opens, and their first update is recorded under that name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device } from '../helpers/browser';
import { seriousA11yViolations } from './axe';
import { UI_TIMEOUT } from './meeting-page';
import { addFirstAction, actionRow, createTemplatePlan, editorField, openEditor, syncIndicator, tableText, waitForSynced } from './plan-page';
import { inviteLinkFor } from './share-page';

describe('a first visit, and joining by an invite link', () => {
  let relay: RunningRelay;
  let owner: Device;
  let joiner: Device;
  let planId = '';
  let actionId = '';

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
    owner = await launchDevice('first-visit-owner', { width: 1280, height: 720 });
    joiner = await launchDevice('first-visit-joiner', { width: 390, height: 844 }, { touch: true });
  });
  afterAll(async () => {
    await owner?.close();
    await joiner?.close();
    await relay?.stop();
  });

  it('warns about storage only when a change is at risk, and says what to do', async () => {
    const page = owner.page;
    await page.goto(relay.url);
    await page.getByText('No plans on this device yet', { exact: false }).waitFor({ timeout: UI_TIMEOUT });
    // This browser has not granted persistent storage, so only "nothing to lose" keeps the warning away.
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
    expect(await page.locator('.storage-notice').count()).toBe(0);

    planId = await createTemplatePlan(page, 'Crisis care plan');
    actionId = await addFirstAction(page, 'Agree a shared crisis line with the police');
    await waitForSynced(page);
    expect(await page.locator('.storage-notice').count()).toBe(0);

    await owner.context.setOffline(true);
    await expect.poll(() => syncIndicator(page).getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('offline');
    await openEditor(page, actionId);
    await editorField(page, 'Outcomes').fill('Fewer people taken to a cell as a place of safety.');
    await page.keyboard.press('Escape');
    const notice = page.locator('.storage-notice');
    await expect.poll(() => notice.innerText(), { timeout: UI_TIMEOUT }).toMatch(/only on this device/);
    expect(await notice.innerText()).toMatch(/connect to the internet[\s\S]*install Concord as an app/);
    await screenshot(page, 'first-visit-01-storage-notice');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await owner.context.setOffline(false);
    await waitForSynced(page);
    await notice.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  });

  it('asks who is joining before the plan opens, and records their first update under that name', async () => {
    const page = joiner.page;
    await page.goto(await inviteLinkFor(relay.url, owner.page, planId));
    const asked = page.getByRole('heading', { name: 'Who are you?' });
    await asked.waitFor({ timeout: UI_TIMEOUT });
    expect(page.url()).toContain('#/join/');
    // A name is needed: the plan does not open without one.
    await page.getByRole('button', { name: 'Open the plan' }).tap();
    expect(await asked.count()).toBe(1);
    await screenshot(page, 'first-visit-02-who-are-you');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Your name').tap();
    await page.keyboard.type('Dee Jones');
    await page.getByLabel('Organisation').tap();
    await page.keyboard.type('Mind in the City');
    await page.getByRole('button', { name: 'Open the plan' }).tap();
    await page.waitForURL(new RegExp(`#/plan/${planId}$`), { timeout: UI_TIMEOUT });

    await actionRow(page, actionId).getByRole('link', { name: /^Edit/ }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    expect(await dialog.innerText()).toContain('Recorded as Dee Jones');
    await dialog.getByLabel('Update', { exact: true }).tap();
    await page.keyboard.type('Mind volunteers join the crisis line rota.');
    await dialog.getByRole('button', { name: 'Add update' }).tap();
    await dialog.getByText('Update added.').waitFor({ timeout: UI_TIMEOUT });
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await expect.poll(() => tableText(actionRow(page, actionId)), { timeout: UI_TIMEOUT }).toMatch(/Dee Jones[\s\S]*Mind volunteers join the crisis line rota\./);
    // Changeable: the plans page holds the same details.
    await page.goto(`${relay.url}/#/`);
    await expect.poll(() => page.getByLabel('Your name').inputValue(), { timeout: UI_TIMEOUT }).toBe('Dee Jones');
    expect(await page.getByLabel('Organisation').inputValue()).toBe('Mind in the City');
  });
});
