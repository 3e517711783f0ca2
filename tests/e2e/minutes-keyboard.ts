/**
 * After the meeting, keyboard only (continues the whole-meeting test in meeting-mode.test.ts): open the minutes,
 * edit one action's minute, export the .docx, then the changes-since view and the chase list.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ragMovementText, type Action, type Plan, type Rag } from '@concord/shared';
import { screenshot } from '../helpers/browser';
import { activate, UI_TIMEOUT } from './meeting-page';
import { openPlan } from './plan-page';

export interface HeldMeeting {
  baseUrl: string;
  /** The plan as seeded, before the meeting. */
  plan: Plan;
  meetingTitle: string;
  attendee: { name: string; organisation: string };
  captured: { actionId: string; rag: Rag; text: string }[];
  absent: string;
}

const actionsOf = (plan: Plan): Action[] => plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));
const refOf = (a: Action): string => (a.ref ?? '').replace(/\.$/, '');

/** The text of a .docx body: every w:t run, joined. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Minutes of the meeting just held: edit the first action's minute by keyboard; returns the edited line. */
async function editMinute(page: Page, held: HeldMeeting): Promise<string> {
  await openPlan(page, held.baseUrl, held.plan.id);
  await activate(page.getByRole('link', { name: 'Minutes', exact: true }));
  await page.getByRole('heading', { level: 2, name: new RegExp(held.meetingTitle) }).waitFor({ timeout: UI_TIMEOUT });
  const first = held.captured[0]!;
  const field = page.locator('.minutes-lines textarea').first();
  await field.focus();
  expect(await field.inputValue()).toContain(first.text);
  await page.keyboard.press('Control+End');
  const added = ' Edited in the minutes: funding agreed by the board.';
  await page.keyboard.type(added);
  await page.keyboard.press('Tab');
  const row = page.locator(`.minutes-preview tr[data-action-id="${first.actionId}"]`);
  await expect.poll(() => row.innerText(), { timeout: UI_TIMEOUT }).toContain(added.trim());
  await screenshot(page, 'meeting-08-minutes-edited');
  return added.trim();
}

async function exportDocx(page: Page): Promise<string> {
  const button = page.getByRole('button', { name: 'Download as Word (.docx)' });
  await button.focus();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: UI_TIMEOUT }), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  return docxText(new Uint8Array(readFileSync((await download.path())!)));
}

/** RAG movements since the start of the plan: the picker is a select, moved with the keyboard. */
async function checkChanges(page: Page, held: HeldMeeting, moved: HeldMeeting['captured']): Promise<void> {
  await activate(page.getByRole('link', { name: 'Changes since', exact: true }));
  const since = page.getByLabel('Since', { exact: true });
  await since.focus();
  await page.keyboard.press('End');
  await expect.poll(() => since.inputValue(), { timeout: UI_TIMEOUT }).toBe('start');
  const list = page.getByRole('list', { name: 'RAG movements' });
  await list.waitFor({ timeout: UI_TIMEOUT });
  const one = moved[0]!;
  const item = list.locator(`li:has(a[href$="/action/${one.actionId}"])`);
  await item.waitFor({ timeout: UI_TIMEOUT });
  const action = actionsOf(held.plan).find((a) => a.id === one.actionId)!;
  expect(await item.innerText()).toContain(refOf(action));
  await screenshot(page, 'meeting-09-changes-since');
}

async function checkChase(page: Page, held: HeldMeeting): Promise<void> {
  await activate(page.getByRole('link', { name: 'Chase list', exact: true }));
  const absent = actionsOf(held.plan).find((a) => a.id === held.absent)!;
  const lead = absent.leads.find((l) => !/^Working with/i.test(l))?.trim() ?? '';
  const group = page.locator(`section.chase-group[data-lead="${lead}"]`);
  await group.waitFor({ timeout: UI_TIMEOUT });
  expect(await group.getByLabel('Email text').inputValue()).toContain(`Action ${refOf(absent)}:`);
  await screenshot(page, 'meeting-10-chase-list');
}

/** The after-meeting flow, by keyboard, on the meeting the whole-meeting test just ended. */
export async function afterTheMeetingByKeyboard(page: Page, held: HeldMeeting): Promise<void> {
  const edited = await editMinute(page, held);
  const text = await exportDocx(page);
  expect(text).toContain(`${held.attendee.name}, ${held.attendee.organisation}`);
  expect(text).toContain(edited);
  expect(text).toContain(held.captured[1]!.text);
  const before = new Map(actionsOf(held.plan).map((a) => [a.id, a.rag]));
  const moved = held.captured.filter((c) => before.get(c.actionId) !== c.rag);
  expect(moved.length).toBeGreaterThan(0);
  for (const c of moved) expect(text).toContain(ragMovementText({ ragFrom: before.get(c.actionId) ?? null, ragTo: c.rag }));
  await checkChanges(page, held, moved);
  await checkChase(page, held);
}
