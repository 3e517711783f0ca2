/**
 * The PWA end to end in real Chromium against the real relay serving client/dist: import a real plan through the
 * UI, edit it offline, reload offline from the service worker, sync to a second device, and merge concurrent
 * offline edits. Steps share one relay and two device profiles, so they run in order.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importText, type Plan } from '@concord/shared';
import { startRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, waitForServiceWorker, type Device } from '../helpers/browser';
import { actionRow, editorField, openEditor, openPlan, syncIndicator, waitForSynced, tableText } from './plan-page';
import { inviteLinkFor, joinByLink } from './share-page';
import { seedPath } from '../../testing/seeds';
import { describeWithSeeds } from '../../testing/with-seeds';

const SEED = seedPath('bromley');
const UI_TIMEOUT = 30_000;

describeWithSeeds('Concord PWA offline-first, in Chromium', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let dataDir: string;
  let a: Device;
  let b: Device | null = null;
  let expected: Plan;
  let planId = '';
  let actionId = '';

  beforeAll(async () => {
    assertClientBuilt();
    expected = importText(readFileSync(SEED, 'utf8'), { fileName: 'bromley.txt' }).plan;
    dataDir = mkdtempSync(join(tmpdir(), 'concord-e2e-relay-'));
    // Started as the README starts it: every room needs a token, and the app registers each plan it makes.
    relay = await startRelay({ dataDir, clientDist: CLIENT_DIST, safeDefaults: true });
    a = await launchDevice('a');
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await relay?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports bromley.txt through the file input and shows its sections and actions', async () => {
    const page = a.page;
    await page.goto(relay.url);
    await page.getByRole('heading', { name: 'Plans on this device' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, '01-plans-empty');
    await page.getByLabel('Import a plan').setInputFiles(SEED);

    const actionCount = expected.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).length;
    const summary = page.getByRole('list', { name: 'What the file contains' });
    await summary.waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => summary.innerText()).toMatch(new RegExp(`\\b${expected.sections.length}\\s+sections`));
    expect(await summary.innerText()).toMatch(new RegExp(`\\b${actionCount}\\s+actions`));
    await screenshot(page, '02-import-review');
    await page.getByRole('button', { name: 'Import this plan' }).click();

    await page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    planId = /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
    await page.getByRole('heading', { level: 1, name: expected.title }).waitFor({ timeout: UI_TIMEOUT });
    for (const section of expected.sections) {
      await expect.poll(() => page.getByRole('heading', { level: 2, name: section.title, exact: false }).count()).toBeGreaterThan(0);
    }
    await expect.poll(() => page.locator('tr.action-row').count()).toBe(actionCount);
    const first = expected.sections[0]!.groups.flatMap((g) => g.actions)[0]!;
    actionId = (await page.locator('tr.action-row').first().getAttribute('data-action-id'))!;
    await expect.poll(() => tableText(actionRow(page, actionId))).toContain(first.text.trim().split('\n')[0]!);
    await waitForSynced(page);
    await screenshot(page, '03-plan-wide');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, '04-plan-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${relay.url}/#/`);
    await page.getByRole('link', { name: expected.title }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, '05-plans-list');
  });

  it('edits progress and RAG offline, then reloads offline from the service worker with the edits intact', async () => {
    const page = a.page;
    await openPlan(page, relay.url, planId);
    await waitForServiceWorker(page);
    await a.context.setOffline(true);
    await expect.poll(() => syncIndicator(page).getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('offline');

    await openEditor(page, actionId);
    const progress = editorField(page, 'Progress');
    await progress.fill('Offline progress from device A.');
    await page.getByRole('radio', { name: 'Amber' }).check();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => tableText(actionRow(page, actionId))).toContain('Offline progress from device A.');
    await expect.poll(() => tableText(actionRow(page, actionId))).toContain('Amber');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: expected.title }).waitFor({ timeout: UI_TIMEOUT });
    expect(await syncIndicator(page).getAttribute('data-sync')).toBe('offline');
    await expect.poll(() => tableText(actionRow(page, actionId))).toContain('Offline progress from device A.');
    expect(await tableText(actionRow(page, actionId))).toContain('Amber');
    await openEditor(page, actionId);
    await screenshot(page, '06-action-editor-offline');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('syncs the offline edits to a second device that opens the plan by an invite link', async () => {
    await a.context.setOffline(false);
    await waitForSynced(a.page);
    b = await launchDevice('b');
    // A registered the plan on the server when it imported it, so another device joins by an invite link.
    await joinByLink(b.page, await inviteLinkFor(relay.url, a.page, planId));
    await expect.poll(() => tableText(actionRow(b!.page, actionId)), { timeout: UI_TIMEOUT }).toContain('Offline progress from device A.');
    expect(await tableText(actionRow(b.page, actionId))).toContain('Amber');
    await screenshot(b.page, '07-device-b-joined');
  });

  it('keeps both devices\u2019 concurrent offline edits to one progress text', async () => {
    const devices = [a, b!];
    for (const d of devices) {
      await openPlan(d.page, relay.url, planId);
      await waitForSynced(d.page);
      await d.context.setOffline(true);
      await expect.poll(() => syncIndicator(d.page).getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('offline');
    }
    await typeInProgress(a, actionId, 'end', ' Police liaison agreed (A).');
    await typeInProgress(b!, actionId, 'start', 'Trust update (B): ');
    for (const d of devices) await d.context.setOffline(false);

    for (const d of devices) {
      await waitForSynced(d.page);
      await expect
        .poll(() => tableText(actionRow(d.page, actionId)), { timeout: UI_TIMEOUT })
        .toMatch(/Trust update \(B\): Offline progress from device A\. Police liaison agreed \(A\)\./);
    }
    await screenshot(b!.page, '08-merged');
  });
});

/** Types into the Progress field at its start or end, as a person would, and closes the editor (which saves). */
async function typeInProgress(d: Device, actionId: string, where: 'start' | 'end', text: string): Promise<void> {
  await openEditor(d.page, actionId);
  const field = editorField(d.page, 'Progress');
  await field.click();
  await d.page.keyboard.press(where === 'start' ? 'Control+Home' : 'Control+End');
  await d.page.keyboard.type(text);
  await d.page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => tableText(actionRow(d.page, actionId))).toContain(text.trim());
}
