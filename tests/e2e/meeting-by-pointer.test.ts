/**
 * A whole meeting with no keyboard, in real Chromium against the real relay: by touch on a phone (390x844, touch
 * events, no hover) and by mouse on a projector-sized window (1280x720). Start, rate, update, move by the buttons
 * (and by swipe on the phone), jump from the list of actions, defer and lead absent (each advancing, each taken
 * back), end, reopen, end again and open the minutes. Axe on each layout; screenshots of both.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Plan } from '@concord/shared';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device, type DeviceOptions } from '../helpers/browser';
import { seriousA11yViolations } from './axe';
import { currentActionId, seedPlanOnRelay, UI_TIMEOUT, walk } from './meeting-page';
import { openPlan } from './plan-page';
import { hit, hitAndHear, marksText, swipe, typeInto, type Pointer } from './pointer-page';

const SEED = fileURLToPath(new URL('../../../shared/seeds/nottinghamshire.txt', import.meta.url));
const MODES: [Pointer, { width: number; height: number }, DeviceOptions][] = [
  ['touch', { width: 390, height: 844 }, { touch: true }],
  ['mouse', { width: 1280, height: 720 }, {}],
];

describe.each(MODES)('a whole meeting by %s, no keyboard', (pointer, viewport, options) => {
  let relay: RunningRelay;
  let device: Device;
  let plan: Plan;
  const title = `Review by ${pointer}`;
  const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
    plan = await seedPlanOnRelay(relay.wsUrl, readFileSync(SEED, 'utf8'), 'nottinghamshire.txt');
    device = await launchDevice(`meeting-${pointer}`, viewport, options);
  });
  afterAll(async () => {
    await device?.close();
    await relay?.stop();
  });

  it('starts a meeting from the plan, and the layout suits the device', async () => {
    const page = device.page;
    await page.goto(relay.url);
    await typeInto(pointer, page, page.getByLabel('Your name'), `Fay ${pointer}`);
    await typeInto(pointer, page, page.getByLabel('Organisation'), 'Crisis Care Partnership');
    await hit(pointer, button(page, 'Save details'));
    await page.getByText('Saved.').waitFor({ timeout: UI_TIMEOUT });
    await openPlan(page, relay.url, plan.id);
    await hit(pointer, page.getByRole('link', { name: 'Meetings', exact: true }));
    await typeInto(pointer, page, page.getByLabel('Meeting title'), title);
    await hit(pointer, button(page, 'Create meeting'));
    await hit(pointer, button(page, 'Start meeting'));
    await walk(page).waitFor({ timeout: UI_TIMEOUT });

    const nav = await page.getByRole('navigation', { name: 'Move through the agenda' }).boundingBox();
    const rate = (await page.getByRole('group', { name: 'Rate this action' }).boundingBox())!;
    const details = (await page.getByRole('region', { name: 'More about this action' }).boundingBox())!;
    const hints = await page.locator('.key-hint').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    if (pointer === 'touch') {
      // Key hints and the shortcut strip are gone; the bar sits at the foot of the screen, under the thumb, and the
      // rating and update come straight after the action, before its history.
      expect(hints).toBe(0);
      expect(nav!.y + nav!.height).toBe(viewport.height);
      expect(rate.y).toBeLessThan(details.y);
    } else {
      // On the projector the ratings are on the first screen, beside the action, with their keys shown.
      expect(hints).toBeGreaterThan(5);
      expect(rate.y + rate.height).toBeLessThan(viewport.height);
    }
    await screenshot(page, `pointer-${pointer}-01-start`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('rates, updates and moves by the buttons, by swipe and from the list of actions', async () => {
    const page = device.page;
    const first = await currentActionId(page);
    await hitAndHear(pointer, page, page.getByRole('button', { name: /^Red/ }), /^Rated Red: \S/);
    await typeInto(pointer, page, page.getByLabel('Progress update'), 'Training dates agreed with both councils.');
    await hitAndHear(pointer, page, button(page, 'Save update'), 'Update saved.');
    expect(await marksText(page)).toMatch(/Rated Red[\s\S]*Update recorded/);
    await screenshot(page, `pointer-${pointer}-02-rated`);

    await hitAndHear(pointer, page, button(page, /^Next/), /^Action 2 of/);
    const second = await currentActionId(page);
    if (pointer === 'touch') {
      await swipe(page, 'left');
      expect(await page.getByRole('button', { name: /^Action 3 of/ }).count()).toBe(1);
      expect(await swipe(page, 'right')).toBe(second);
    } else {
      await hitAndHear(pointer, page, button(page, /^Next/), /^Action 3 of/);
      await hitAndHear(pointer, page, button(page, /^Previous/), /^Action 2 of/);
    }
    await hitAndHear(pointer, page, button(page, /^Previous/), /^Action 1 of/);
    expect(await currentActionId(page)).toBe(first);

    await hit(pointer, page.getByRole('button', { name: /^Action 1 of \d+ · all actions/ }));
    const list = page.getByRole('dialog', { name: 'Actions on the agenda' });
    await list.waitFor({ timeout: UI_TIMEOUT });
    expect(await list.getByRole('button').first().innerText()).toMatch(/Red · discussed/);
    await screenshot(page, `pointer-${pointer}-03-list`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await hit(pointer, list.getByRole('button').nth(4));
    await list.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await expect.poll(() => page.getByRole('button', { name: /^Action 5 of/ }).count(), { timeout: UI_TIMEOUT }).toBe(1);
  });

  it('defers and marks a lead absent, moving on each time, shows the marks together and takes each back', async () => {
    const page = device.page;
    await hitAndHear(pointer, page, button(page, /^Previous/), /^Action 4 of/);
    const deferred = await currentActionId(page);
    await hitAndHear(pointer, page, button(page, /^Defer/), /^Deferred\. Next: Action 5 of/);
    const absent = await currentActionId(page);
    await hitAndHear(pointer, page, button(page, /^Lead absent — chase/), /^Lead absent, to chase\. Next: Action 6 of/);
    await hitAndHear(pointer, page, button(page, /^Previous/), /^Action 5 of/);
    expect(await marksText(page)).toContain('Lead absent — chase');
    await hitAndHear(pointer, page, button(page, 'Take back: Lead absent — chase'), 'Lead absent, to chase: taken back.');
    expect(await marksText(page)).not.toContain('Lead absent');
    await hitAndHear(pointer, page, button(page, /^Lead absent — chase/), /^Lead absent, to chase\. Next: Action 6 of/);

    // Deferred and rated at once is plain to see, and the deferral is taken back on its own.
    await hitAndHear(pointer, page, button(page, /^Previous/), /^Action 5 of/);
    await hitAndHear(pointer, page, button(page, /^Previous/), /^Action 4 of/);
    expect(await currentActionId(page)).toBe(deferred);
    await hitAndHear(pointer, page, page.getByRole('button', { name: /^Green/ }), /^Rated Green/);
    expect(await marksText(page)).toMatch(/Rated Green[\s\S]*Deferred/);
    await screenshot(page, `pointer-${pointer}-04-marks`);
    await hitAndHear(pointer, page, button(page, 'Take back: Deferred'), 'Deferred: taken back.');
    expect(await marksText(page)).toBe('Rated Green');
    await hitAndHear(pointer, page, button(page, /^Next/), /^Action 5 of/);
    expect(await currentActionId(page)).toBe(absent);
    expect(await marksText(page)).toContain('Lead absent — chase');
    // Defer the next one and leave it so, with moving on turned off (a setting this device remembers).
    await hitAndHear(pointer, page, button(page, /^Next/), /^Action 6 of/);
    const advance = page.getByRole('checkbox', { name: 'Go to the next action after Defer or Lead absent' });
    expect(await advance.isChecked()).toBe(true);
    await hit(pointer, advance);
    expect(await advance.isChecked()).toBe(false);
    await hitAndHear(pointer, page, button(page, /^Defer/), /^Deferred\.$/);
    expect(await page.getByRole('button', { name: /^Action 6 of/ }).count()).toBe(1);
    expect(await marksText(page)).toContain('Deferred');
    await page.reload();
    await walk(page).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByRole('checkbox', { name: 'Go to the next action after Defer or Lead absent' }).isChecked()).toBe(false);
  });

  it('ends (Keep going first), reopens a meeting ended by mistake, ends it and opens the minutes', async () => {
    const page = device.page;
    const dialog = page.getByRole('dialog', { name: 'End the meeting?' });
    await hit(pointer, button(page, /^End meeting/));
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep going');
    await hit(pointer, dialog.getByRole('button', { name: 'Keep going' }));
    await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await page.locator('.walk-head .state-live').count()).toBe(1);

    await hit(pointer, button(page, /^End meeting/));
    await hitAndHear(pointer, page, dialog.getByRole('button', { name: 'End meeting' }), /^Meeting ended/);
    await page.locator('.walk-head .state-ended').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, `pointer-${pointer}-05-ended`);
    await hitAndHear(pointer, page, button(page, 'Reopen the meeting'), /^Meeting reopened/);
    await page.locator('.walk-head .state-live').waitFor({ timeout: UI_TIMEOUT });
    await hit(pointer, button(page, /^End meeting/));
    await hitAndHear(pointer, page, dialog.getByRole('button', { name: 'End meeting' }), /^Meeting ended/);

    await hit(pointer, page.getByRole('link', { name: 'Open the minutes' }));
    await page.waitForURL(/#\/plan\/[^/]+\/minutes\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    const preview = page.locator('.minutes-preview');
    await expect.poll(() => preview.innerText(), { timeout: UI_TIMEOUT }).toContain(title);
    const text = await preview.innerText();
    expect(text).toContain('Training dates agreed with both councils.');
    expect(text).toMatch(/Red \(first rating\)/);
    expect(await preview.getByRole('list', { name: 'Lead absent' }).locator('li').count()).toBe(1);
    expect(await preview.getByRole('list', { name: 'Deferred to a later meeting' }).locator('li').count()).toBe(1);
    await screenshot(page, `pointer-${pointer}-06-minutes`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(device.errors.filter((e) => !/WebSocket|Failed to load resource/.test(e))).toEqual([]);
  });
});
