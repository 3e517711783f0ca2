/**
 * Two people type into the same Progress field at the same moment, in real Chromium against the real relay, and one
 * of the two laptops is slow (CPU throttled 4x through the DevTools protocol, like a busy meeting-room laptop).
 * A types a sentence at the end and B words at the start, both a little slower than the field's save delay, so the
 * other's saves arrive while a save is due. At the end both pages, both stored copies and the server hold the same
 * text, with A's sentence whole and in order and every word B typed. No random choices: the same schedule each run.
 * It failed in every run (7 of 7) before the field replayed a local edit by position: B's word growing at the start
 * broke the context A's typing was anchored to, and A's letters landed on new lines ("al\nder\n \nbirch").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, type Device } from '../helpers/browser';
import { addFirstAction, createTemplatePlan, editorField, openEditor, waitForSynced } from './plan-page';
import { inviteLinkFor, joinByLink, ownerTokenOf } from './share-page';
import { readDeviceCopy, readServerCopy } from './chaos/read-plans';
import type { Plan } from '@concord/shared';
import { hasWord } from './chaos/check-edits';

const A_WORDS = ['alder', 'birch', 'cedar', 'damson', 'elder', 'fir', 'ginkgo', 'hazel', 'juniper', 'larch', 'maple', 'oak'];
const B_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
/**
 * Both type a little slower than the field's save delay (250 ms), so nearly every keystroke is saved on its own and
 * the other's saves keep arriving while a save is due: the timing that broke both earlier versions of the field.
 */
const A_KEY_MS = 260;
const B_KEY_MS = 255;
const EARLIER = 'Notes from the March meeting.';

function progressOf(plan: Plan, actionId: string): string {
  const action = plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).find((x) => x.id === actionId);
  return action?.progress ?? '(no such action)';
}

async function typeSentence(page: Page): Promise<void> {
  const field = editorField(page, 'Progress');
  await field.click();
  await page.keyboard.press('Control+End');
  for (const word of A_WORDS) await page.keyboard.type(` ${word}`, { delay: A_KEY_MS });
}

async function typeAtStart(page: Page): Promise<void> {
  const field = editorField(page, 'Progress');
  for (const word of B_WORDS) {
    await field.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(`${word} `, { delay: B_KEY_MS });
  }
}

async function closeEditor(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 30_000 });
}

describe('two people typing into one field, one laptop slow', () => {
  let relay: RunningRelay;
  let dataDir: string;
  let a: Device;
  let b: Device;

  beforeAll(async () => {
    assertClientBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'concord-same-field-'));
    relay = await startRelay({ dataDir, clientDist: CLIENT_DIST });
    [a, b] = await Promise.all([launchDevice('same-field-a'), launchDevice('same-field-b')]);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await relay?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps A’s sentence whole and every word B typed, on both pages and the server', async () => {
    await a.page.goto(relay.url);
    const planId = await createTemplatePlan(a.page, 'Same-field plan');
    const actionId = await addFirstAction(a.page, 'Agree a shared crisis line script');
    // Text already in the field, so A's end and B's start are different places in it.
    await openEditor(a.page, actionId);
    await editorField(a.page, 'Progress').fill(EARLIER);
    await closeEditor(a.page);
    await waitForSynced(a.page);
    await joinByLink(b.page, await inviteLinkFor(relay.url, a.page, planId));
    await waitForSynced(b.page);

    await Promise.all([openEditor(a.page, actionId), openEditor(b.page, actionId)]);
    const cdp = await a.context.newCDPSession(a.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await Promise.all([typeSentence(a.page), typeAtStart(b.page)]);
    const shownToA = await editorField(a.page, 'Progress').inputValue();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await Promise.all([closeEditor(a.page), closeEditor(b.page)]);
    await Promise.all([waitForSynced(a.page), waitForSynced(b.page)]);

    const sentence = A_WORDS.join(' ');
    const token = await ownerTokenOf(a.page, planId);
    const wsUrl = relay.wsUrl;
    await expect
      .poll(async () => progressOf((await readServerCopy(wsUrl, planId, token)).plan, actionId), {
        timeout: 30_000,
        message: `the server's Progress holds A's sentence (A's field showed "${shownToA}" as A finished)`,
      })
      .toContain(sentence);
    const copies = [
      await readDeviceCopy('A', a.page, planId),
      await readDeviceCopy('B', b.page, planId),
      await readServerCopy(wsUrl, planId, token),
    ];
    const progress = copies.map((c) => progressOf(c.plan, actionId));
    for (const [i, text] of progress.entries()) {
      expect(text, `${copies[i]!.name}'s copy`).toContain(`${EARLIER} ${sentence}`);
      for (const word of B_WORDS) expect(hasWord(text, word), `${copies[i]!.name}'s copy has B's "${word}": ${text}`).toBe(true);
    }
    expect(new Set(progress).size, progress.join('\n')).toBe(1);
    expect(new Set(copies.map((c) => c.stateVector)).size).toBe(1);
    expect([...a.errors, ...b.errors]).toEqual([]);
  }, 180_000);
});
