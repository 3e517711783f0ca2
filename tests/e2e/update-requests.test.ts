/**
 * Update requests in three Chromium profiles against the real relay: the facilitator imports a plan with two leads
 * and sends a round; lead A opens their link, goes offline, writes two updates and a proposed rating, reloads
 * offline (kept), submits, goes online (sent); lead B's page never receives A's actions or drafts (B's IndexedDB and
 * B's WebSocket frames); the facilitator sees A submitted and B not opened, accepts A's updates into the plan as A's
 * dated updates; the meeting walk-through shows each action's submitted update first; closing the round makes the
 * links stop working.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { planFromDoc } from '@concord/shared';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, waitForServiceWorker, type Device } from '../helpers/browser';
import { connectClient, waitFor } from '../relay/clients';
import { chooseFile, openPlans, UI_TIMEOUT } from './import-page';
import { ownerTokenOf } from './share-page';
import { createAndStartMeeting, setDeviceUser, walk } from './meeting-page';
import { seriousA11yViolations } from './axe';

// A plan in our own words: Riverside Police lead two actions, Hillcrest Council one.
const CSV = [
  'Ref,Action,Timescale,Lead,RAG',
  '1.1,Run street triage cars on Friday nights,March,Riverside Police,Amber',
  '1.2,Agree a section 136 handover protocol,June,Riverside Police,Red',
  '2.1,Open a crisis cafe in Hillcrest town centre,April,Hillcrest Council,Green',
].join('\r\n');
const A_TEXTS = ['Run street triage cars', 'section 136 handover'];
const DRAFTS = ['Cars now run in both districts on Fridays.', 'Protocol agreed with the ED leads; signing in May.'];
const ROUND = 'Before the March meeting';

/** Everything this page's IndexedDB holds, every value as text (Yjs updates decoded as UTF-8). */
async function indexedDbText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((done) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => done(req.result);
        });
        for (const v of values) out.push(v instanceof Uint8Array ? new TextDecoder().decode(v) : JSON.stringify(v));
      }
      db.close();
    }
    return out.join('\n');
  });
}

describe('update requests in three Chromium profiles', () => {
  let relay: RunningRelay;
  let facilitator: Device;
  let leadA: Device;
  let leadB: Device;
  let dir = '';
  let planId = '';
  const links: Record<string, string> = {};
  const framesToB: string[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    dir = mkdtempSync(join(tmpdir(), 'concord-requests-'));
    writeFileSync(join(dir, 'shireton-plan.csv'), CSV);
    relay = await startRelay({ clientDist: CLIENT_DIST });
    [facilitator, leadA, leadB] = await Promise.all([
      launchDevice('requests-facilitator'),
      launchDevice('requests-lead-a', { width: 390, height: 844 }, { touch: true }),
      launchDevice('requests-lead-b', { width: 390, height: 844 }),
    ]);
    await setDeviceUser(facilitator.page, relay.url, 'Fran Okafor', 'Shireton council');
    leadB.page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => framesToB.push(typeof payload === 'string' ? payload : payload.toString('utf8'))));
  });

  afterAll(async () => {
    await Promise.all([facilitator?.close(), leadA?.close(), leadB?.close()]);
    await relay?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the facilitator sends a round: one link per lead', async () => {
    const page = facilitator.page;
    await openPlans(page, relay.url);
    await chooseFile(page, join(dir, 'shireton-plan.csv'));
    await page.getByRole('button', { name: 'Import this plan' }).click();
    await page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    planId = /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
    await ownerTokenOf(page, planId);
    await page.getByRole('link', { name: 'Update requests' }).click();
    await page.getByLabel('What it is for').fill(ROUND);
    await page.getByLabel('Updates due by').fill('2027-03-10');
    await page.getByRole('button', { name: 'Make a link for each lead' }).click();
    for (const lead of ['Riverside Police', 'Hillcrest Council']) {
      const link = page.getByLabel(`Link for ${lead}`);
      await link.waitFor({ timeout: UI_TIMEOUT });
      links[lead] = await link.inputValue();
      expect(links[lead]).toMatch(new RegExp(`^${relay.url}/#/request/request-[\\w-]+/[\\w.-]+$`));
      const mailto = await page.getByRole('link', { name: `Email a reminder to ${lead}` }).getAttribute('href');
      expect(decodeURIComponent(mailto!)).toContain(links[lead]);
    }
    await expect.poll(() => page.locator('tr[data-status="not-opened"]').count(), { timeout: UI_TIMEOUT }).toBe(2);
    await screenshot(page, 'requests-01-facilitator-round-sent', true);
  });

  it('lead A writes offline after the first load, reloads offline with the drafts kept, and submits when online', async () => {
    const page = leadA.page;
    await page.goto(links['Riverside Police']!);
    await page.getByRole('heading', { level: 1, name: ROUND }).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => page.locator('.request-action').count(), { timeout: UI_TIMEOUT }).toBe(2);
    await waitForServiceWorker(page);
    await expect.poll(() => page.locator('.request-sync').getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('synced');
    await leadA.context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ROUND }).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => page.locator('.request-sync').getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('offline');
    const cards = page.locator('.request-action');
    for (const [i, draft] of DRAFTS.entries()) await cards.nth(i).getByLabel('Your update').fill(draft);
    await cards.nth(1).getByRole('radio', { name: 'Amber' }).check();
    await screenshot(page, 'requests-02-lead-a-offline-phone', true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Leave the last field so its save is not waiting on a keystroke timer, then reload with no network.
    await page.getByRole('heading', { level: 1, name: ROUND }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ROUND }).waitFor({ timeout: UI_TIMEOUT });
    for (const [i, draft] of DRAFTS.entries()) await expect.poll(() => cards.nth(i).getByLabel('Your update').inputValue(), { timeout: UI_TIMEOUT }).toBe(draft);
    expect(await cards.nth(1).getByRole('radio', { name: 'Amber' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Submit 2 updates' }).click();
    await page.getByText('Submitted 2 updates.').waitFor({ timeout: UI_TIMEOUT });
    await leadA.context.setOffline(false);
    await expect.poll(() => page.locator('.request-sync').getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('synced');
    await page.getByText('Sent: the facilitator has your submitted updates.').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'requests-03-lead-a-sent-phone', true);
  });

  it('the facilitator sees A submitted and B not opened', async () => {
    const page = facilitator.page;
    await expect.poll(() => page.locator('tr[data-lead="Riverside Police"]').getAttribute('data-status'), { timeout: UI_TIMEOUT }).toBe('submitted');
    expect(await page.locator('tr[data-lead="Hillcrest Council"]').getAttribute('data-status')).toBe('not-opened');
    await page.getByRole('region', { name: 'Submitted by Riverside Police' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'requests-04-facilitator-submitted', true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lead B\u2019s page never receives A\u2019s actions or drafts, in IndexedDB or on the wire', async () => {
    const page = leadB.page;
    await page.goto(links['Hillcrest Council']!);
    await expect.poll(() => page.locator('.request-action').count(), { timeout: UI_TIMEOUT }).toBe(1);
    await expect.poll(() => page.locator('.request-sync').getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('synced');
    await expect.poll(() => indexedDbText(page), { timeout: UI_TIMEOUT }).toContain('crisis cafe in Hillcrest');
    const stored = await indexedDbText(page);
    const wire = framesToB.join('\n');
    expect(wire).toContain('crisis cafe in Hillcrest');
    for (const text of [...A_TEXTS, ...DRAFTS]) {
      expect(stored).not.toContain(text);
      expect(wire).not.toContain(text);
    }
    await screenshot(page, 'requests-05-lead-b-phone', true);
    await expect.poll(() => facilitator.page.locator('tr[data-lead="Hillcrest Council"]').getAttribute('data-status'), { timeout: UI_TIMEOUT }).toBe('opened');
  });

  it('the facilitator accepts A\u2019s updates: they land in the plan as Riverside Police\u2019s dated updates', async () => {
    const page = facilitator.page;
    const submitted = page.getByRole('region', { name: 'Submitted by Riverside Police' });
    await submitted.getByText(/proposed\s*Amber/).waitFor({ timeout: UI_TIMEOUT });
    for (let i = 0; i < 2; i++) await submitted.getByRole('button', { name: 'Accept into the plan' }).first().click();
    await submitted.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    // Read the plan as another device would: a real provider on the relay with the owner's token.
    const reader = connectClient(relay.wsUrl, planId, { token: await ownerTokenOf(page, planId) });
    try {
      await reader.synced;
      const updatesOf = () => planFromDoc(reader.doc).sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).flatMap((a) => a.updates);
      await waitFor('the accepted updates to reach the relay', () => updatesOf().filter((u) => u.author === 'Riverside Police').length === 2, UI_TIMEOUT);
      const accepted = updatesOf().filter((u) => u.author === 'Riverside Police');
      expect(accepted.map((u) => u.text).sort()).toEqual([...DRAFTS].sort());
      expect(accepted.every((u) => /^\d{4}-\d{2}-\d{2}$/.test(u.date))).toBe(true);
    } finally {
      reader.destroy();
    }
  });

  it('the meeting walk-through shows the action\u2019s submitted update first', async () => {
    const page = facilitator.page;
    await page.goto(`${relay.url}/#/plan/${planId}/meetings`);
    await createAndStartMeeting(page, 'March meeting');
    await walk(page).getByRole('heading', { level: 2, name: /Action 1\.1/ }).waitFor({ timeout: UI_TIMEOUT });
    const submitted = walk(page).locator('.walk-submitted');
    await expect.poll(() => submitted.innerText(), { timeout: UI_TIMEOUT }).toContain(DRAFTS[0]!);
    expect(await submitted.innerText()).toContain('Submitted by Riverside Police');
    // First: above the action's own text and position.
    const order = await walk(page).evaluate((root) =>
      Array.from(root.querySelectorAll('.walk-submitted, .walk-text, .walk-position-now'), (el) => el.className),
    );
    expect(order[0]).toBe('walk-submitted');
    await screenshot(page, 'requests-06-walk-through-submitted-first');
    await page.goto(`${relay.url}/#/plan/${planId}/requests`);
  });

  it('closing the round makes the links stop working', async () => {
    const page = facilitator.page;
    await page.getByRole('button', { name: 'Close this round' }).click();
    await page.getByText(/Closed .*: the links no longer work\./).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => leadA.page.locator('.request-sync').getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('closed');
    await leadB.page.reload();
    await expect.poll(() => leadB.page.locator('.request-sync').getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('closed');
    await leadB.page.getByText('This round is closed').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(leadA.page, 'requests-07-lead-a-closed-phone', true);
    await screenshot(page, 'requests-08-facilitator-closed', true);
  });
});
