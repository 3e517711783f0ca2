/**
 * Sharing in real Chromium against the real relay: a plan made on device A is registered on the server (owner
 * token), a bare plan address no longer opens it elsewhere, A's share dialog mints an editor and a viewer link,
 * B edits through its link and A sees it, C views read-only, and when A revokes B's link B is refused, says so, and
 * keeps its copy read-only, with an export.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device } from '../helpers/browser';
import { actionRow, addFirstAction, createTemplatePlan, editorField, syncIndicator, waitForSynced, tableText } from './plan-page';
import { accessOf, joinByLink, ownerTokenOf } from './share-page';
import { seriousA11yViolations } from './axe';

const UI_TIMEOUT = 30_000;
const TITLE = 'Shireton Crisis Care Concordat plan';

describe('sharing a plan with invite links, in three Chromium profiles', () => {
  let relay: RunningRelay;
  let a: Device;
  let b: Device;
  let c: Device;
  let planId = '';
  let actionId = '';
  const links = { editor: '', viewer: '' };

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
    [a, b, c] = await Promise.all([launchDevice('share-owner'), launchDevice('share-editor'), launchDevice('share-viewer')]);
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), c?.close()]);
    await relay?.stop();
  });

  it('registers a plan created on A, which then needs a token', async () => {
    const page = a.page;
    await page.goto(relay.url);
    planId = await createTemplatePlan(page, TITLE);
    const owner = await ownerTokenOf(page, planId);
    const listed = await fetch(`${relay.url}/api/plans/${planId}/invites`, { headers: { authorization: `Bearer ${owner}` } });
    expect(listed.status).toBe(200);
    actionId = await addFirstAction(page, 'Publish the crisis line number on every partner website');
    await waitForSynced(page);

    // The bare address is not an invitation any more.
    await c.page.goto(`${relay.url}/#/plan/${planId}`);
    await c.page.getByRole('alert').filter({ hasText: 'you need an invite link' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await c.page.locator('[data-sync]').getAttribute('data-sync')).toBe('refused');
  });

  it('creates an editor and a viewer link in the share dialog and lists them', async () => {
    const page = a.page;
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this plan' });
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    links.editor = await createLink(page, 'Can edit the plan', 'Police lead', null);
    links.viewer = await createLink(page, 'Can only view the plan', 'Commissioner', '30 days');
    for (const link of Object.values(links)) expect(link).toMatch(new RegExp(`^${relay.url}/#/join/${planId}/[\\w.-]+$`));
    const rows = dialog.locator('.invite-list tbody tr');
    await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/Police lead\s+Can edit/);
    expect(await rows.nth(1).innerText()).toMatch(/Commissioner\s+View only/);
    expect(await rows.nth(1).innerText()).not.toMatch(/Never\s+Revoke/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '40-share-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  });

  it('lets B join by the editor link and edit, and A sees the edit', async () => {
    await joinByLink(b.page, links.editor);
    await expect.poll(() => tableText(actionRow(b.page, actionId)), { timeout: UI_TIMEOUT }).toContain('crisis line number');
    expect(await accessOf(b.page, planId)).toMatchObject({ role: 'editor', refusedReason: null });
    await editAction(b.page, ' (B: agreed with the police)');
    await expect.poll(() => tableText(actionRow(a.page, actionId)), { timeout: UI_TIMEOUT }).toContain('B: agreed with the police');
  });

  it('shows C the plan read-only through the viewer link', async () => {
    const page = c.page;
    await joinByLink(page, links.viewer);
    await expect.poll(() => tableText(actionRow(page, actionId)), { timeout: UI_TIMEOUT }).toContain('B: agreed with the police');
    await page.getByRole('note').filter({ hasText: 'View only' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await syncIndicator(page).getAttribute('data-sync')).toBe('synced');
    expect(await page.getByRole('button', { name: /Add an action/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);
    // Not even the editor's own address opens an editor.
    await page.goto(`${relay.url}/#/plan/${planId}/action/${actionId}`);
    await page.locator('.plan-head h1').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByRole('dialog').count()).toBe(0);
    await screenshot(page, '41-viewer-read-only');
    // The viewer still receives the owner's edits.
    await editAction(a.page, ' (A: live on all sites)');
    await expect.poll(() => tableText(actionRow(page, actionId)), { timeout: UI_TIMEOUT }).toContain('A: live on all sites');
  });

  it('refuses B once A revokes its link; B says so, keeps its copy read-only, and can export it', async () => {
    await a.page.getByRole('button', { name: 'Share' }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Share this plan' });
    await dialog.getByRole('button', { name: /^Revoke the link “Police lead”/ }).click();
    await dialog.getByRole('status').filter({ hasText: 'Revoked the link' }).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => dialog.locator('.invite-list tbody tr').nth(0).innerText(), { timeout: UI_TIMEOUT }).toContain('Revoked');
    await a.page.keyboard.press('Escape');

    const page = b.page;
    const notice = page.getByRole('alert').filter({ hasText: 'your invite link has been revoked' });
    await notice.waitFor({ timeout: UI_TIMEOUT });
    expect(await notice.innerText()).toContain('read-only');
    expect(await syncIndicator(page).getAttribute('data-sync')).toBe('refused');
    await expect.poll(() => page.getByRole('link', { name: /^Edit/ }).count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await page.getByRole('button', { name: /Add an action/ }).count()).toBe(0);

    // After a reload the copy is still there, with B's own words, and still read-only.
    await page.reload();
    await expect.poll(() => tableText(actionRow(page, actionId)), { timeout: UI_TIMEOUT }).toContain('B: agreed with the police');
    expect(await page.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    await notice.waitFor({ timeout: UI_TIMEOUT });
    await page.goto(`${relay.url}/#/plan/${planId}/action/${actionId}`);
    await page.locator('.plan-head h1').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The export the notice points to works from the withdrawn copy.
    await page.locator('details.plan-export > summary').click();
    const [csv] = await Promise.all([
      page.waitForEvent('download', { timeout: UI_TIMEOUT }),
      page.getByRole('button', { name: 'Download CSV (.csv)' }).click(),
    ]);
    expect(readFileSync(await csv.path(), 'utf8')).toContain('B: agreed with the police');
    await screenshot(page, '42-revoked-read-only');

    await page.goto(`${relay.url}/#/`);
    await page.locator('.plan-card [data-refused="revoked"]').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('.plan-card').innerText()).toContain('Not syncing: your invite link has been revoked');
    await screenshot(page, '43-revoked-plans-list');

    // C, still admitted, keeps syncing with A.
    await editAction(a.page, ' (A after revocation)');
    await expect.poll(() => tableText(actionRow(c.page, actionId)), { timeout: UI_TIMEOUT }).toContain('A after revocation');
  });

  it('registers a plan whose first tries met a server fault, while its connection stays up', async () => {
    const page = a.page;
    // The relay answers the plan's first two registrations with a server error (as one restarting or overloaded
    // would); the WebSocket stays connected throughout, so no reconnection prompts another try.
    let tries = 0;
    await page.route('**/api/plans', async (route) => {
      if (route.request().method() !== 'POST' || ++tries > 2) return route.continue();
      await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'unavailable' }) });
    });
    await page.goto(`${relay.url}/#/`);
    const second = await createTemplatePlan(page, 'Shireton plan, registered late');
    try {
      const owner = await ownerTokenOf(page, second);
      expect(tries).toBeGreaterThanOrEqual(3);
      const listed = await fetch(`${relay.url}/api/plans/${second}/invites`, { headers: { authorization: `Bearer ${owner}` } });
      expect(listed.status).toBe(200);
      await waitForSynced(page);
    } finally {
      await page.unroute('**/api/plans');
    }
  });
});

/** Fills the share dialog's form and returns the link it shows. */
async function createLink(page: Page, access: string, label: string, expiry: string | null): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Share this plan' });
  await dialog.getByRole('radio', { name: access }).check();
  if (expiry) await dialog.getByLabel('Link expires after').selectOption({ label: expiry });
  await dialog.getByLabel('Label (who it is for)').fill(label);
  const linkBox = dialog.getByLabel('Invite link', { exact: true });
  const before = (await linkBox.count()) > 0 ? await linkBox.inputValue() : '';
  await dialog.getByRole('button', { name: 'Create link' }).click();
  await expect.poll(async () => ((await linkBox.count()) > 0 ? linkBox.inputValue() : ''), { timeout: UI_TIMEOUT }).not.toBe(before);
  return linkBox.inputValue();
}

/** Appends text to the action's Action field through its editor, as a person would. */
async function editAction(page: Page, text: string): Promise<void> {
  await page.locator(`tr.action-row[data-action-id]`).first().getByRole('link', { name: /^Edit/ }).click();
  const field = editorField(page, 'Action');
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  await expect.poll(() => tableText(page.locator('tr.action-row').first()), { timeout: UI_TIMEOUT }).toContain(text.trim());
}
