/**
 * Meeting mode end to end in real Chromium against the real relay, keyboard only: a facilitator walks the
 * Nottinghamshire plan (rate, update, defer, lead absent, end), runs a second meeting offline that syncs to another
 * device, and a follower's walk-through moves with the facilitator's. Screenshots at projector size (1280x720).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { planFromDoc, setRag, type Plan } from '@concord/shared';
import { connectClient } from '../relay/clients';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, waitForServiceWorker, type Device } from '../helpers/browser';
import { seriousA11yViolations } from './axe';
import { seedPath } from '../../testing/seeds';
import { describeWithSeeds } from '../../testing/with-seeds';
import { actionRow, openPlan, syncIndicator, waitForSynced, tableText } from './plan-page';
import {
  activate,
  announcer,
  createAndStartMeeting,
  currentActionId,
  endMeeting,
  next,
  press,
  seedPlanOnRelay,
  setDeviceUser,
  UI_TIMEOUT,
  walk,
  writeUpdate,
} from './meeting-page';
import { afterTheMeetingByKeyboard } from './minutes-keyboard';

const SEED = seedPath('nottinghamshire');
const PROJECTOR = { width: 1280, height: 720 };
const FACILITATOR = { name: 'Fiona Facilitator', organisation: 'Nottinghamshire County Council' };
const LEAD = { name: 'Bob Lead', organisation: 'Nottinghamshire Healthcare' };
const RATINGS = ['r', 'a', 'g', 'b'] as const;
const WORD = { r: 'Red', a: 'Amber', g: 'Green', b: 'Blue (complete)' } as const;
const RAG = { r: 'red', a: 'amber', g: 'green', b: 'blue' } as const;

describeWithSeeds('meeting mode, keyboard only, in Chromium', () => {
  let relay: RunningRelay;
  let a: Device;
  let b: Device | null = null;
  let plan: Plan;
  const captured: { actionId: string; word: string; rag: (typeof RAG)[keyof typeof RAG]; text: string }[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
    plan = await seedPlanOnRelay(relay.wsUrl, readFileSync(SEED, 'utf8'), 'nottinghamshire.txt');
    a = await launchDevice('facilitator', PROJECTOR);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await relay?.stop();
  });

  it('runs a whole meeting: ten actions rated and updated, one deferred, one lead absent, then ended', async () => {
    const page = a.page;
    await setDeviceUser(page, relay.url, FACILITATOR.name, FACILITATOR.organisation);
    await openPlan(page, relay.url, plan.id);
    await activate(page.getByRole('link', { name: 'Meetings', exact: true }));
    const meetingId = await createAndStartMeeting(page, 'Concordat review', LEAD);
    expect(await walk(page).innerText()).toContain(`Action 1 of ${plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).length}`);

    for (let i = 0; i < 10; i++) {
      const actionId = await currentActionId(page);
      const key = RATINGS[i % RATINGS.length]!;
      await press(page, key, new RegExp(`^Rated ${WORD[key].replace(/[()]/g, '\\$&')}: \\S`));
      // The definition of the chosen rating is on screen, not only announced.
      expect(await page.locator('.rag-meaning').innerText()).toContain(`Rated in this meeting: ${WORD[key]}`);
      const text = `Meeting update ${i + 1}: agreed in the room.`;
      await writeUpdate(page, text);
      captured.push({ actionId, word: WORD[key], rag: RAG[key], text });
      if (i === 0) await screenshot(page, 'meeting-01-walk-rated');
      await next(page);
    }
    // D and L move on to the next action (the default setting); P comes back to see the marks, each undoable.
    const deferred = await currentActionId(page);
    await press(page, 'd', /^Deferred\. Next: Action 12 of/);
    const absent = await currentActionId(page);
    expect(absent).not.toBe(deferred);
    await press(page, 'l', /^Lead absent, to chase\. Next: Action 13 of/);
    await press(page, 'p', /^Action 12 of/);
    expect(await currentActionId(page)).toBe(absent);
    const marks = page.getByRole('list', { name: 'Recorded in this meeting' });
    expect(await marks.innerText()).toContain('Lead absent — chase');
    expect(await page.locator('.walk-position').innerText()).toMatch(/10 discussed · 1 deferred · 1 lead absent/);
    await screenshot(page, 'meeting-02-walk-lead-absent');
    // E then Enter keeps the meeting going: "Keep going" is the dialog's default.
    await page.keyboard.press('e');
    await page.getByRole('dialog', { name: 'End the meeting?' }).waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'End the meeting?' }).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await page.locator('.walk-head .state-live').count()).toBe(1);

    // Shortcuts do not fire while typing: a letter typed into the update field stays text.
    await page.keyboard.press('u');
    await page.keyboard.type('n');
    expect(await currentActionId(page)).toBe(absent);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'meeting-03-shortcuts');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await endMeeting(page);
    await screenshot(page, 'meeting-04-ended');
    await checkCaptured(page, meetingId, deferred, absent);
    // The same facilitator, still by keyboard: minutes (one line edited), the .docx, changes since, chase list.
    await afterTheMeetingByKeyboard(page, { baseUrl: relay.url, plan, meetingTitle: 'Concordat review', attendee: LEAD, captured, absent });
  });

  async function checkCaptured(page: Device['page'], meetingId: string, deferred: string, absent: string) {
    await page.goto(`${relay.url}/#/plan/${plan.id}/meetings`);
    const item = page.locator(`.meeting-item[data-meeting-id="${meetingId}"]`);
    await expect.poll(() => item.innerText(), { timeout: UI_TIMEOUT }).toMatch(/10 discussed · 1 deferred · 1 lead absent/);
    expect(await item.getAttribute('data-state')).toBe('ended');
    await openPlan(page, relay.url, plan.id);
    for (const c of captured) {
      const row = actionRow(page, c.actionId);
      await expect.poll(() => tableText(row), { timeout: UI_TIMEOUT }).toContain(c.text);
      expect(await tableText(row.locator('.col-rag'))).toContain(c.word);
    }
    expect(new Set([...captured.map((c) => c.actionId), deferred, absent]).size).toBe(12);
  }

  it('runs a meeting offline, then a second device sees all of it', async () => {
    const page = a.page;
    await openPlan(page, relay.url, plan.id);
    await waitForSynced(page);
    await waitForServiceWorker(page);
    await a.context.setOffline(true);
    await expect.poll(() => syncIndicator(page).getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('offline');
    await activate(page.getByRole('link', { name: 'Meetings', exact: true }));
    // The attendee typed for the first meeting is remembered on this device.
    await page.getByRole('checkbox', { name: new RegExp(LEAD.name) }).waitFor({ timeout: UI_TIMEOUT });
    const meetingId = await createAndStartMeeting(page, 'Offline review');
    const offline: { actionId: string; text: string }[] = [];
    for (let i = 0; i < 3; i++) {
      offline.push({ actionId: await currentActionId(page), text: `Offline update ${i + 1} from the ward.` });
      await press(page, 'g', /^Rated Green/);
      await writeUpdate(page, offline[i]!.text);
      await next(page);
    }
    await press(page, 'd', 'Deferred.');
    await endMeeting(page);
    await a.context.setOffline(false);
    await openPlan(page, relay.url, plan.id);
    await waitForSynced(page);

    b = await launchDevice('lead', PROJECTOR);
    await setDeviceUser(b.page, relay.url, LEAD.name, LEAD.organisation);
    await b.page.goto(`${relay.url}/#/plan/${plan.id}/meetings`);
    const item = b.page.locator(`.meeting-item[data-meeting-id="${meetingId}"]`);
    await expect.poll(() => item.innerText(), { timeout: UI_TIMEOUT }).toMatch(/3 discussed · 1 deferred · 0 lead absent/);
    expect(await item.getAttribute('data-state')).toBe('ended');
    await b.page.goto(`${relay.url}/#/plan/${plan.id}/meeting/${meetingId}`);
    expect(await currentActionId(b.page)).toBeTruthy();
    await b.page.goto(`${relay.url}/#/plan/${plan.id}`);
    for (const o of offline) {
      await expect.poll(() => tableText(actionRow(b!.page, o.actionId)), { timeout: UI_TIMEOUT }).toContain(o.text);
      expect(await tableText(actionRow(b.page, o.actionId).locator('.col-rag'))).toContain('Green');
    }
  });

  it('shows who is in the meeting, and a follower moves when the facilitator presses N', async () => {
    const fa = a.page;
    const fb = b!.page;
    await openPlan(fa, relay.url, plan.id);
    await activate(fa.getByRole('link', { name: 'Meetings', exact: true }));
    const meetingId = await createAndStartMeeting(fa, 'Live review');
    await fb.goto(`${relay.url}/#/plan/${plan.id}/meeting/${meetingId}`);
    await walk(fb).waitFor({ timeout: UI_TIMEOUT });

    const presenceB = fb.locator('.presence-list');
    await expect.poll(() => presenceB.innerText(), { timeout: UI_TIMEOUT }).toContain(`${FACILITATOR.name} (${FACILITATOR.organisation}) — facilitating`);
    await expect.poll(() => fa.locator('.presence-list').innerText(), { timeout: UI_TIMEOUT }).toContain(`${LEAD.name} (${LEAD.organisation})`);
    await activate(fb.getByRole('checkbox', { name: 'Follow the facilitator' }), 'Space');
    expect(await fb.getByRole('checkbox', { name: 'Follow the facilitator' }).isChecked()).toBe(true);

    for (let i = 0; i < 2; i++) {
      const there = await next(fa);
      await expect.poll(() => currentActionId(fb), { timeout: UI_TIMEOUT }).toBe(there);
    }
    await expect.poll(() => announcer(fb).innerText(), { timeout: UI_TIMEOUT }).toMatch(/^Action 3 of/);
    await screenshot(fb, 'meeting-05-follower');
    await screenshot(fa, 'meeting-06-facilitator-presence');
    expect(a.errors.filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });

  it('shows two differing ratings side by side and the facilitator confirms one, appending to the history', async () => {
    const fa = a.page;
    const actionId = await currentActionId(fa);
    // Two leads rate the same action differently, outside the meeting, through the real relay.
    const lead = connectClient(relay.wsUrl, plan.id);
    try {
      await lead.synced;
      setRag(lead.doc, actionId, 'red', { by: 'Carol Council' });
      setRag(lead.doc, actionId, 'amber', { by: 'Dan Trust' });
      const panel = fa.getByRole('region', { name: 'Ratings to confirm' });
      await expect.poll(() => panel.innerText(), { timeout: UI_TIMEOUT }).toMatch(/Red[\s\S]*Carol Council[\s\S]*Amber[\s\S]*Dan Trust/);
      await screenshot(fa, 'meeting-07-ratings-to-confirm');
      expect(await seriousA11yViolations(fa)).toEqual([]);
      await activate(panel.getByRole('button', { name: 'Confirm Amber (Dan Trust)' }));
      await expect.poll(() => announcer(fa).innerText(), { timeout: UI_TIMEOUT }).toBe('Confirmed Amber.');
      await panel.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
      const history = (await readPlanFromRelay(lead)).ragHistory;
      expect(history.map((e) => [e.rag, e.by])).toEqual(expect.arrayContaining([['red', 'Carol Council'], ['amber', 'Dan Trust'], ['amber', FACILITATOR.name]]));
    } finally {
      lead.destroy();
    }
  });

  async function readPlanFromRelay(client: ReturnType<typeof connectClient>) {
    const actionId = await currentActionId(a.page);
    let found: Plan['sections'][number]['groups'][number]['actions'][number] | undefined;
    await expect
      .poll(() => {
        found = planFromDoc(client.doc).sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).find((x) => x.id === actionId);
        return found?.ragHistory.some((e) => e.by === FACILITATOR.name && e.rag === 'amber');
      }, { timeout: UI_TIMEOUT })
      .toBe(true);
    return found!;
  }
});
