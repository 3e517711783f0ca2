/**
 * A plan started from the Concordat template in real Chromium: device settings name the author of updates, an
 * action is added and edited, and the plans list is rebuilt from the plan docs when its catalogue is lost, with the
 * owner's token (kept beside the doc), so the plan still syncs and its owner can still manage sharing.
 */
import { describe, expect, it } from 'vitest';
import { CONCORDAT_SECTION_TITLES } from '@concord/shared';
import { screenshot } from '../helpers/browser';
import { oneDeviceSuite } from './one-device-suite';
import { editorField, openPlan, syncIndicator, waitForSynced, tableText } from './plan-page';
import { accessOf, inviteLinkFor, ownerTokenOf } from './share-page';

const UI_TIMEOUT = 30_000;
const TITLE = 'Anytown Crisis Care Concordat plan';

describe('a new plan from the Concordat template, in Chromium', () => {
  const s = oneDeviceSuite('template');
  let planId = '';

  it('creates the plan, adds an action and a dated update by the named user', async () => {
    const page = s.device.page;
    await page.goto(s.relay.url);
    await page.getByLabel('Your name').fill('Alex Lead');
    await page.getByLabel('Organisation').fill('Anytown Council');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Saved.').waitFor({ timeout: UI_TIMEOUT });

    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Plan title').fill(TITLE);
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: UI_TIMEOUT });
    planId = /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
    for (const title of CONCORDAT_SECTION_TITLES) {
      expect(await page.getByRole('heading', { level: 2, name: title }).count()).toBe(1);
    }

    await page.getByRole('button', { name: 'Add an action to section 3' }).click();
    await page.getByRole('dialog').waitFor({ timeout: UI_TIMEOUT });
    await editorField(page, 'Action').fill('Agree a crisis line with the ambulance trust');
    await editorField(page, 'No.').fill('3.1');
    await page.getByLabel('Update', { exact: true }).fill('First meeting with the trust held.');
    await page.getByRole('button', { name: 'Add update' }).click();
    const updates = page.getByRole('dialog').getByRole('region', { name: 'Progress updates' });
    await expect.poll(() => updates.innerText(), { timeout: UI_TIMEOUT }).toContain('Alex Lead');
    expect(await updates.innerText()).toContain('First meeting with the trust held.');
    await page.getByRole('radio', { name: 'Green' }).check();
    const history = page.getByRole('dialog').getByRole('region', { name: 'RAG history' });
    await expect.poll(() => history.innerText(), { timeout: UI_TIMEOUT }).toContain('Green');
    await screenshot(page, '09-template-action-editor');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    const row = page.locator('tr.action-row');
    await expect.poll(() => tableText(row)).toContain('Agree a crisis line with the ambulance trust');
    expect(await tableText(row)).toContain('3.1');
    expect(await tableText(row)).toContain('First meeting with the trust held.');
    await waitForSynced(page);
  });

  it('rebuilds the plans list from the stored plan docs when the catalogue is lost, keeping the owner token', async () => {
    const page = s.device.page;
    const ownerToken = await ownerTokenOf(page, planId);
    await inviteLinkFor(s.relay.url, page, planId, 'viewer');
    await page.goto(`${s.relay.url}/#/`);
    await page.getByRole('link', { name: TITLE }).waitFor({ timeout: UI_TIMEOUT });
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const req = indexedDB.deleteDatabase('concord-device');
          req.onsuccess = () => done();
          req.onerror = () => fail(req.error);
          // Dexie closes its connection when another tab asks to delete; a blocked delete completes after that.
        }),
    );
    await page.reload();
    await page.getByRole('link', { name: TITLE }).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByRole('list', { name: 'Actions by RAG rating' }).first().innerText()).toContain('Green: 1');
    await expect.poll(() => accessOf(page, planId), { timeout: UI_TIMEOUT }).toMatchObject({ token: ownerToken, role: 'owner' });

    // The relay admits only the owner token for a registered plan, so "synced" and the invite list prove it is used.
    await openPlan(page, s.relay.url, planId);
    await waitForSynced(page);
    expect(await syncIndicator(page).getAttribute('data-sync')).toBe('synced');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this plan' });
    await expect.poll(() => dialog.locator('.invite-list tbody tr').count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await dialog.locator('.invite-list tbody tr').first().innerText()).toContain('View only');
    await page.keyboard.press('Escape');
  });
});
