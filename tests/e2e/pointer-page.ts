/** How the e2e tests drive Concord without a keyboard: a tap on a touch screen, a click with a mouse, a swipe. */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { announcer, currentActionId, UI_TIMEOUT } from './meeting-page';

export type Pointer = 'touch' | 'mouse';

/** A tap (touch) or a click (mouse) on the element: how a finger or a mouse activates it. */
export async function hit(pointer: Pointer, target: Locator): Promise<void> {
  await target.waitFor({ timeout: UI_TIMEOUT });
  if (pointer === 'touch') await target.tap();
  else await target.click();
}

/** Hits the element, then waits until the walk-through's live region says `said`. */
export async function hitAndHear(pointer: Pointer, page: Page, target: Locator, said: string | RegExp): Promise<void> {
  await hit(pointer, target);
  await expect.poll(() => announcer(page).innerText(), { timeout: UI_TIMEOUT }).toMatch(said);
}

/** Types text into a field reached by a tap or click (text is typed on any device; commands are not). */
export async function typeInto(pointer: Pointer, page: Page, field: Locator, text: string): Promise<void> {
  await hit(pointer, field);
  await page.keyboard.type(text);
}

/**
 * A one-finger swipe across the action on screen, through Chromium's own touch input (CDP), as a finger would:
 * `left` moves to the next action, `right` to the previous one. Waits for the walk-through to show another action.
 */
export async function swipe(page: Page, direction: 'left' | 'right'): Promise<string> {
  const before = await currentActionId(page);
  const text = page.locator('.walk-text');
  await text.scrollIntoViewIfNeeded();
  const box = (await text.boundingBox())!;
  const y = box.y + Math.min(box.height / 2, 40);
  const [from, to] = direction === 'left' ? [box.x + box.width - 20, box.x + 20] : [box.x + 20, box.x + box.width - 20];
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
    for (let i = 1; i <= 6; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + ((to - from) * i) / 6, y }] });
    }
    // The finger stops before it lifts, as a deliberate swipe does: lifted while moving, Chromium starts a fling, and
    // a tap that lands during a fling only stops it (the tap is swallowed, as on a real phone).
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 50));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
  await expect.poll(() => currentActionId(page), { timeout: UI_TIMEOUT }).not.toBe(before);
  return currentActionId(page);
}

/** The meeting's marks on the action on screen ("Rated Red", "Deferred", …), as one text. */
export function marksText(page: Page): Promise<string> {
  return page
    .getByRole('list', { name: 'Recorded in this meeting' })
    .innerText({ timeout: 1_000 })
    .catch(() => '');
}
