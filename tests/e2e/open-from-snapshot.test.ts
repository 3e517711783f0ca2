/**
 * A plan reopened on the same device shows the plan as the device last saw it (a cached Plan JSON snapshot) while
 * its stored doc loads, read-only until the doc is in, and the doc's own state replaces the snapshot. In Chromium
 * against the real relay serving client/dist.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Plan } from '@concord/shared';
import { oneDeviceSuite } from './one-device-suite';
import { addFirstAction, createTemplatePlan, waitForSynced } from './plan-page';

const UI_TIMEOUT = 30_000;
const TITLE = 'Riverside crisis care plan';
const SNAPSHOT_DB = 'concord-snapshots';

/** The cached snapshot row of `planId` as the page's IndexedDB holds it, or null. */
function cachedRow(page: Page, planId: string): Promise<{ format: string; json: string } | null> {
  return page.evaluate(
    ([db, id]) =>
      new Promise((resolve) => {
        const open = indexedDB.open(db!);
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const names = Array.from(open.result.objectStoreNames);
          if (!names.includes('snapshots')) return resolve(null);
          const get = open.result.transaction('snapshots').objectStore('snapshots').get(id!);
          get.onsuccess = () => resolve(get.result ?? null);
          get.onerror = () => resolve(null);
        };
      }),
    [SNAPSHOT_DB, planId],
  );
}

/** Replaces the cached snapshot's plan title, keeping everything else (so the preview is told apart from the doc). */
function retitleCached(page: Page, planId: string, title: string): Promise<void> {
  return page.evaluate(
    ([db, id, newTitle]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db!);
        open.onsuccess = () => {
          const store = open.result.transaction('snapshots', 'readwrite').objectStore('snapshots');
          const get = store.get(id!);
          get.onsuccess = () => {
            const row = get.result;
            row.json = JSON.stringify({ ...JSON.parse(row.json), title: newTitle });
            store.put(row).onsuccess = () => resolve();
          };
          get.onerror = () => reject(new Error('no snapshot'));
        };
      }),
    [SNAPSHOT_DB, planId, title],
  );
}

type Seen = { title: string; rows: number; editLinks: number };

/**
 * From the next page load on, records every distinct state of the plan screen the page shows (title, rows, edit
 * links), from its first script: the cached snapshot is on screen for a moment only.
 */
async function recordPlanScreen(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const seen: Seen[] = [];
    (window as unknown as { planScreenSeen: Seen[] }).planScreenSeen = seen;
    new MutationObserver(() => {
      const title = document.querySelector('.plan-head h1')?.textContent;
      if (!title) return;
      const now = { title, rows: document.querySelectorAll('tr.action-row').length, editLinks: document.querySelectorAll('tr.action-row a[href*="/action/"]').length };
      const last = seen.at(-1);
      if (!last || last.title !== now.title || last.rows !== now.rows || last.editLinks !== now.editLinks) seen.push(now);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const planScreenSeen = (page: Page): Promise<Seen[]> =>
  page.evaluate(() => (window as unknown as { planScreenSeen: Seen[] }).planScreenSeen);

describe('reopening a plan from its cached snapshot, in Chromium', () => {
  const s = oneDeviceSuite('snapshot');
  let planId = '';

  it('caches the plan as it was last seen once its doc is loaded', async () => {
    const page = s.device.page;
    await page.goto(s.relay.url);
    planId = await createTemplatePlan(page, TITLE);
    await addFirstAction(page, 'Publish the out-of-hours crisis line in every surgery');
    await waitForSynced(page);
    // Written a moment after the last change, in idle time.
    const cachedPlan = async () => JSON.parse((await cachedRow(page, planId))?.json ?? 'null') as Plan | null;
    const actionTexts = (plan: Plan | null) => plan?.sections.flatMap((sec) => sec.groups.flatMap((g) => g.actions.map((a) => a.text)));
    await expect.poll(async () => actionTexts(await cachedPlan()), { timeout: UI_TIMEOUT }).toEqual(['Publish the out-of-hours crisis line in every surgery']);
    expect((await cachedPlan())?.title).toBe(TITLE);
  });

  it('shows the cached snapshot read-only first, then the doc, editable', async () => {
    const page = s.device.page;
    await retitleCached(page, planId, 'As last seen on this device');
    await recordPlanScreen(page);
    await page.reload();
    await expect.poll(() => page.locator('tr.action-row a[href*="/action/"]').count(), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    const seen = await planScreenSeen(page);
    // First the snapshot, its rows and no way to edit them; last the doc, editable.
    expect(seen[0]).toEqual({ title: 'As last seen on this device', rows: 1, editLinks: 0 });
    expect(seen.at(-1)).toEqual({ title: TITLE, rows: 1, editLinks: 1 });
    expect(seen.filter((state) => state.editLinks > 0).every((state) => state.title === TITLE)).toBe(true);
    // The doc's state goes back into the cache.
    await expect.poll(async () => JSON.parse((await cachedRow(page, planId))?.json ?? '{}').title, { timeout: UI_TIMEOUT }).toBe(TITLE);
  });

  it('never shows a snapshot of another format, and lists no plan that is not one', async () => {
    const page = s.device.page;
    await retitleCached(page, planId, 'Written by another version');
    await page.evaluate(
      ([db, id]) =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open(db!);
          open.onsuccess = () => {
            const store = open.result.transaction('snapshots', 'readwrite').objectStore('snapshots');
            const get = store.get(id!);
            get.onsuccess = () => (store.put({ ...get.result, format: 'from-another-version' }).onsuccess = () => resolve());
          };
        }),
      [SNAPSHOT_DB, planId],
    );
    await page.reload();
    await expect.poll(() => page.locator('tr.action-row a[href*="/action/"]').count(), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    expect(new Set((await planScreenSeen(page)).map((state) => state.title))).toEqual(new Set([TITLE]));
    await page.goto(`${s.relay.url}/#/`);
    await page.getByRole('link', { name: TITLE }).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('.plan-card').count()).toBe(1);
  });
});
