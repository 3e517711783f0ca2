/**
 * Dates and times in the person's own locale, in real Chromium: one plan with a meeting held at a known moment,
 * opened by an en-GB device (day-month, 24-hour clock) and an en-US one (month-day, AM/PM), on screen and in the
 * files they download (minutes as Markdown, the plan as CSV with its update column).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMeeting, endMeeting, isPlanDoc, markLeadAbsent, planFromDoc, rateInMeeting, startMeeting, updateInMeeting, type Plan } from '@concord/shared';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device } from '../helpers/browser';
import { connectClient, waitFor } from '../relay/clients';
import { seedPlanOnRelay, UI_TIMEOUT } from './meeting-page';
import { openPlan, waitForSynced } from './plan-page';

const SEED = fileURLToPath(new URL('../../../shared/seeds/nottinghamshire.txt', import.meta.url));
/** 14:05 in London (GMT in January). */
const AT = '2016-01-14T14:05:00.000Z';

const EXPECTED = {
  'en-GB': { list: '14 Jan 2016', stamp: '14 Jan 2016, 14:05', long: '14 January 2016', clock: /at \d{2}:\d{2}$/ },
  'en-US': { list: 'Jan 14, 2016', stamp: 'Jan 14, 2016, 2:05 PM', long: 'January 14, 2016', clock: /at \d{1,2}:\d{2}\s[AP]M$/ },
} as const;

async function download(page: Page, button: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: UI_TIMEOUT }), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await dl.path())!, 'utf8');
}

describe('dates and times in the person\'s locale', () => {
  let relay: RunningRelay;
  let plan: Plan;
  let meetingId = '';
  const devices: Device[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
    plan = await seedPlanOnRelay(relay.wsUrl, readFileSync(SEED, 'utf8'), 'nottinghamshire.txt');
    const client = connectClient(relay.wsUrl, plan.id);
    try {
      await client.synced;
      await waitFor('the plan', () => isPlanDoc(client.doc), UI_TIMEOUT);
      const [a1, a2] = planFromDoc(client.doc).sections[0]!.groups[0]!.actions;
      meetingId = addMeeting(client.doc, { date: '2016-01-14', title: 'January review' });
      startMeeting(client.doc, meetingId, { agenda: [a1!.id, a2!.id] });
      rateInMeeting(client.doc, meetingId, a1!.id, 'green', 'Bo Reed', AT);
      updateInMeeting(client.doc, meetingId, a1!.id, 'Pilot running at weekends.', 'Bo Reed', AT);
      markLeadAbsent(client.doc, meetingId, a2!.id, 'Bo Reed', AT);
      endMeeting(client.doc, meetingId);
      const check = connectClient(relay.wsUrl, plan.id);
      await check.synced;
      await waitFor('the meeting on the relay', () => planFromDoc(check.doc).meetings.some((m) => m.state === 'ended'), UI_TIMEOUT);
      check.destroy();
    } finally {
      client.destroy();
    }
  });
  afterAll(async () => {
    for (const d of devices) await d.close();
    await relay?.stop();
  });

  it.each(Object.entries(EXPECTED))('%s: on screen and in the downloads', async (locale, want) => {
    const device = await launchDevice(`locale-${locale}`, { width: 1280, height: 720 }, { locale });
    devices.push(device);
    const page = device.page;
    await page.goto(`${relay.url}/#/plan/${plan.id}/meetings`);
    const item = page.locator(`.meeting-item[data-meeting-id="${meetingId}"]`);
    await expect.poll(() => item.innerText(), { timeout: UI_TIMEOUT }).toContain(`January review · ${want.list}`);

    await page.goto(`${relay.url}/#/plan/${plan.id}/meeting/${meetingId}`);
    const updates = page.getByRole('region', { name: 'Recent updates' });
    await expect.poll(() => updates.innerText(), { timeout: UI_TIMEOUT }).toContain(`${want.stamp} · Bo Reed`);
    await screenshot(page, `locale-${locale}-walk`);

    await page.goto(`${relay.url}/#/plan/${plan.id}/minutes/${meetingId}`);
    await page.getByRole('heading', { level: 2, name: `January review · ${want.long}` }).waitFor({ timeout: UI_TIMEOUT });
    expect(await download(page, 'Download as Markdown')).toContain(`**Date:** ${want.long}`);

    await page.goto(`${relay.url}/#/plan/${plan.id}/chase`);
    const emails = await page.getByLabel('Email text').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).join('\n'));
    expect(emails).toContain(`lead absent at the meeting of ${want.long}`);

    await openPlan(page, relay.url, plan.id);
    await waitForSynced(page);
    expect(await page.locator('.plan-head .save-status').innerText()).toMatch(want.clock);
    await page.getByText('Export or print').click();
    expect(await download(page, 'Download CSV (.csv)')).toContain(`${want.long} (Bo Reed): Pilot running at weekends.`);
    const text = await page.locator('main').innerText();
    // Nowhere on the page the other locale's order: "Jan 14, 2016" or a 12-hour clock in en-GB, "14 Jan 2016" in en-US.
    if (locale === 'en-GB') expect(text).not.toMatch(/\b[A-Z][a-z]{2} \d{1,2}, \d{4}|\d:\d{2}\s?[AP]M\b/);
    else expect(text).not.toMatch(/\b\d{1,2} [A-Z][a-z]{2} \d{4}\b/);
  });
});
