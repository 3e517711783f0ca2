/**
 * A client that the relay no longer serves, in Chromium: the app syncs with the real relay, then the relay is one
 * of a later release that refuses this client's protocol version (4426 client-outdated, PROTOCOL R36; stood in for
 * by routing the page's WebSocket, since the relay this test runs speaks the same version as the app: until then
 * every socket is passed through to the real relay). The person is told why in words, with the update button, and
 * every change stays on the device, across a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, CloseReason, offeredSubprotocols } from '@concord/shared/protocol';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device } from '../helpers/browser';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { readDeviceCopy, readServerCopy } from './chaos/read-plans';
import { actionRow, addFirstAction, createTemplatePlan, editorField, openEditor, syncIndicator, tableText, waitForSynced } from './plan-page';
import { ownerTokenOf } from './share-page';

const UI_TIMEOUT = 30_000;

describe('a client the relay no longer serves', () => {
  let relay: RunningRelay;
  let device: Device;
  let planId = '';
  let actionId = '';
  const offered: string[][] = [];
  let laterRelay = false;

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
    device = await launchDevice('outdated');
    // Set before the page loads: routing applies to the documents opened after it.
    await device.context.routeWebSocket(/\/sync\//, (ws) => {
      offered.push(ws.protocols());
      if (laterRelay) ws.close({ code: CloseCode.upgradeRequired, reason: CloseReason.clientOutdated });
      else ws.connectToServer();
    });
  });

  afterAll(async () => {
    await device?.close();
    await relay?.stop();
  });

  it('offers its protocol versions and syncs with a relay that speaks them', async () => {
    const page = device.page;
    await page.goto(relay.url);
    planId = await createTemplatePlan(page, 'Estuary crisis plan');
    actionId = await addFirstAction(page, 'Publish the out-of-hours rota');
    await waitForSynced(page);
    expect(offered.length).toBeGreaterThan(0);
    for (const protocols of offered) expect(protocols).toEqual(offeredSubprotocols());
  });

  // PROTOCOL R37
  it('is told in words that Concord must be updated, and keeps its edits on the device across a reload', async () => {
    const page = device.page;
    laterRelay = true;
    // A new connection meets the later relay (the browser says the network changed, so the app reconnects).
    await device.context.setOffline(true);
    await device.context.setOffline(false);
    const notice = page.locator('.plan-refused');
    await notice.waitFor({ timeout: UI_TIMEOUT });
    expect(await notice.getAttribute('data-refused')).toBe(CloseReason.clientOutdated);
    expect(await notice.innerText()).toContain('This plan no longer syncs: this copy of Concord is older than the server accepts.');
    expect(await notice.innerText()).toContain('Update Concord to sync again.');
    expect(await syncIndicator(page).getAttribute('data-sync')).toBe('refused');

    await openEditor(page, actionId);
    await editorField(page, 'Progress').fill('Typed after the server stopped serving this copy.');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await expect.poll(() => tableText(actionRow(page, actionId)), { timeout: UI_TIMEOUT }).toContain('Typed after the server stopped');
    await page.reload();
    await page.locator('.plan-refused').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => tableText(actionRow(page, actionId)), { timeout: UI_TIMEOUT }).toContain('Typed after the server stopped');
    const onDevice = await readDeviceCopy('outdated', page, planId);
    expect(JSON.stringify(onDevice.plan)).toContain('Typed after the server stopped serving this copy.');
    const onServer = await readServerCopy(relay.wsUrl, planId, await ownerTokenOf(page, planId));
    expect(JSON.stringify(onServer.plan)).not.toContain('Typed after the server stopped');
    await screenshot(page, 'versions-05-client-outdated');

    // The update button answers truthfully: this server has no newer app to give.
    await page.locator('.plan-refused').getByRole('button', { name: 'Update Concord' }).click();
    await page.locator('.plan-refused [data-update-result="none"]').waitFor({ timeout: UI_TIMEOUT * 2 });
  });
});
