/**
 * The "done means", driven in Chromium: a facilitator on a projector (1280x720) imports three real plans,
 * makes them one working group, sends one editing link and one view-only link, twenty members are in the group,
 * and a meeting runs across two of the plans; a member follows on a phone (390x844, touch). Screenshots of every
 * step go to SHOTS_DIR (60-79) to be looked at.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device } from '../helpers/browser';
import { chooseFile, openPlans } from './import-page';
import { ownerTokenOf } from './share-page';
import { press, setDeviceUser, walk, writeUpdate } from './meeting-page';
import { addPlanToGroup, createGroup, groupLink, homePlanIds, UI_TIMEOUT } from './group-page';
import { seriousA11yViolations } from './axe';
import { seedPath } from '../../testing/seeds';
import { describeWithSeeds } from '../../testing/with-seeds';

const SEEDS = ['nottinghamshire', 'bromley', 'south-west-essex'];

/** People who open the links on their own devices (their joins go through the relay's API, as their devices' would). */
const JOINERS: [string, string, 'editor' | 'viewer'][] = [
  ['Asha Patel', 'Police', 'editor'], ['Ben Cole', 'Ambulance service', 'editor'], ['Cara Doyle', 'Mental health trust', 'editor'],
  ['Dev Shah', 'County council', 'editor'], ['Ella Hunt', 'Housing', 'editor'], ['Finn Ross', 'Police', 'editor'],
  ['Gita Rao', 'Acute trust', 'editor'], ['Hal Moore', 'Substance misuse service', 'editor'], ['Ivy Lane', 'Voluntary sector', 'editor'],
  ['Jon Wild', 'Public health', 'editor'], ['Kay Ng', 'Children’s services', 'editor'], ['Lee Park', 'Fire service', 'editor'],
  ['Mo Ahmed', 'Probation', 'editor'], ['Nia Bell', 'Healthwatch', 'viewer'], ['Olu Ade', 'ICB', 'viewer'],
  ['Pam Roy', 'Coroner’s office', 'viewer'], ['Quin Fox', 'University', 'viewer'],
];

async function importSeed(page: Page, baseUrl: string, seed: string): Promise<string> {
  await openPlans(page, baseUrl);
  await chooseFile(page, seedPath(seed));
  await page.getByRole('button', { name: 'Import this plan' }).click();
  await page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
  await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
  const planId = /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
  await ownerTokenOf(page, planId);
  return planId;
}

describeWithSeeds('a facilitator sets up a working group and runs a meeting across two plans', () => {
  let relay: RunningRelay;
  let projector: Device;
  let phone: Device;
  let groupId = '';
  const planIds: string[] = [];
  const titles: string[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
    projector = await launchDevice('facilitator-projector', { width: 1280, height: 720 });
    phone = await launchDevice('member-phone', { width: 390, height: 844 }, { hasTouch: true, isMobile: true });
    await setDeviceUser(projector.page, relay.url, 'Rae Quinn', 'County council');
    await setDeviceUser(phone.page, relay.url, 'Sol Marsh', 'Police');
  });

  afterAll(async () => {
    await Promise.all([projector?.close(), phone?.close()]);
    await relay?.stop();
  });

  it('makes one group of three imported plans', async () => {
    const page = projector.page;
    for (const seed of SEEDS) planIds.push(await importSeed(page, relay.url, seed));
    for (const planId of planIds) titles.push((await page.evaluate(async (id) => {
      const rows = await new Promise<{ title: string }>((done) => {
        const open = indexedDB.open('concord-device');
        open.onsuccess = () => {
          const get = open.result.transaction('plans').objectStore('plans').get(id);
          get.onsuccess = () => done(get.result as { title: string });
        };
      });
      return rows.title;
    }, planId)));
    groupId = await createGroup(page, relay.url, 'County crisis care concordat group');
    for (const [i, title] of titles.entries()) await addPlanToGroup(page, relay.url, groupId, title, 'existing', i === 0 ? 'main' : 'sub');
    await screenshot(page, '70-facilitator-group-plans');
    await page.goto(`${relay.url}/#/group/${groupId}`);
    await expect.poll(() => homePlanIds(page), { timeout: UI_TIMEOUT }).toEqual(planIds);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('has twenty members from one editing link and one view-only link', async () => {
    const links = { editor: await groupLink(projector.page, relay.url, groupId, 'editor'), viewer: await groupLink(projector.page, relay.url, groupId, 'viewer') };
    await projector.page.getByRole('heading', { name: 'Invite links' }).scrollIntoViewIfNeeded();
    await screenshot(projector.page, '71-facilitator-links');
    for (const [name, organisation, role] of JOINERS) {
      const token = links[role].split('/').at(-1)!;
      const res = await fetch(`${relay.url}/api/groups/${groupId}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ name, organisation }),
      });
      expect(res.status).toBe(201);
    }
    // The member on a phone opens the same editing link and joins by touch.
    const page = phone.page;
    await page.goto(links.editor);
    await page.getByRole('heading', { name: 'Join a working group' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, '72-phone-join');
    await page.getByRole('button', { name: 'Join the group' }).tap();
    await page.waitForURL(/#\/group\/group-[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    await expect.poll(() => homePlanIds(page), { timeout: UI_TIMEOUT }).toEqual(planIds);
    await expect.poll(() => page.locator('.group-plan-card', { hasText: 'Arriving' }).count(), { timeout: UI_TIMEOUT }).toBe(0);
    await screenshot(page, '73-phone-group-home');
    await page.getByRole('heading', { name: /Not reported since/ }).scrollIntoViewIfNeeded();
    await screenshot(page, '73-phone-group-home-not-reported');
    // The facilitator adds the one person who does not use Concord by hand: twenty in all.
    const projectorPage = projector.page;
    await projectorPage.goto(`${relay.url}/#/group/${groupId}/members`);
    await projectorPage.getByLabel('Name', { exact: true }).fill('Tess Ward');
    await projectorPage.getByLabel('Organisation', { exact: true }).fill('Carers’ forum');
    await projectorPage.getByRole('button', { name: 'Add member' }).click();
    await projectorPage.getByRole('heading', { name: 'Members (20)' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(projectorPage, '74-facilitator-members');
  });

  it('runs a meeting across two plans on the projector, each update in its own plan, with no second link', async () => {
    const page = projector.page;
    await page.goto(`${relay.url}/#/group/${groupId}/meetings`);
    await page.getByLabel('Meeting title').fill('Quarterly review');
    await page.locator(`fieldset[data-plan-id="${planIds[0]}"]`).getByRole('radio', { name: /Every action/ }).check();
    await page.locator(`fieldset[data-plan-id="${planIds[1]}"]`).getByRole('radio', { name: /Every action/ }).check();
    await page.locator(`fieldset[data-plan-id="${planIds[2]}"]`).getByRole('radio', { name: /Not in this meeting/ }).check();
    await screenshot(page, '75-facilitator-new-meeting');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await page.waitForURL(/#\/group\/[^/]+\/meeting\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    const meetingId = /\/meeting\/([A-Za-z0-9_-]+)$/.exec(page.url())![1]!;
    await page.getByRole('button', { name: 'Start the meeting' }).click();
    await walk(page).waitFor({ timeout: UI_TIMEOUT });
    await press(page, 'a', /Rated Amber/);
    await writeUpdate(page, 'Crisis line now answered around the clock');
    await screenshot(page, '76-projector-walk-first-plan');
    await page.getByRole('button', { name: new RegExp(`^${titles[1]!.slice(0, 20).replace(/[()]/g, '.')}`) }).click();
    await page.locator(`.group-part[data-plan-id="${planIds[1]}"] .walk-through`).waitFor({ timeout: UI_TIMEOUT });
    await press(page, 'r', /Rated Red/);
    await writeUpdate(page, 'Street triage pilot paused until the spring');
    await screenshot(page, '77-projector-walk-second-plan');
    await page.getByRole('button', { name: 'End the meeting for every plan' }).click();
    await page.locator('.group-meeting .state-ended').waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('link', { name: 'Minutes and chase list' }).click();
    await page.getByRole('heading', { name: 'Chase list across the plans' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, '78-projector-minutes');
    await page.getByRole('heading', { name: 'Chase list across the plans' }).scrollIntoViewIfNeeded();
    await screenshot(page, '78-projector-chase');
    await page.goto(`${relay.url}/#/group/${groupId}/dashboard`);
    await page.getByRole('heading', { name: 'Movement across meetings' }).waitFor({ timeout: UI_TIMEOUT });
    await page.locator('.group-dashboard table caption', { hasText: 'as each meeting left them' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, '79-projector-dashboard');
    await page.getByRole('heading', { name: 'Overdue by organisation' }).scrollIntoViewIfNeeded();
    await screenshot(page, '79-projector-dashboard-overdue');
    await page.getByRole('heading', { name: 'Movement across meetings' }).scrollIntoViewIfNeeded();
    await screenshot(page, '79-projector-dashboard-movement');
    // The phone member reads the minutes from their own copy of both plans, each update in its plan's part.
    const phonePage = phone.page;
    await phonePage.goto(`${relay.url}/#/group/${groupId}/minutes/${meetingId}`);
    const parts = phonePage.locator('.group-part-minutes');
    await parts.nth(0).getByText('Crisis line now answered around the clock').first().waitFor({ timeout: UI_TIMEOUT });
    await parts.nth(1).getByText('Street triage pilot paused until the spring').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await parts.nth(0).innerText()).not.toContain('Street triage pilot paused');
    await screenshot(phonePage, '79-phone-minutes');
    await phonePage.goto(`${relay.url}/#/group/${groupId}`);
    await phonePage.getByText(/Quarterly review/).first().waitFor({ timeout: UI_TIMEOUT });
    await screenshot(phonePage, '79-phone-home-after-meeting');
  });
});
