/**
 * Keyboard use and automated accessibility checks (axe-core, WCAG 2.1 AA) on each screen, in real Chromium:
 * a facilitator must be able to run a review without a mouse, and RAG must never be told by colour alone.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser';
import { oneDeviceSuite } from './one-device-suite';
import { seriousA11yViolations } from './axe';
import { tableText } from './plan-page';

const UI_TIMEOUT = 30_000;

describe('keyboard and accessibility, in Chromium', () => {
  const s = oneDeviceSuite('keyboard');

  it('creates a plan, rates an action and closes the editor with the keyboard alone', async () => {
    const page = s.device.page;
    await page.goto(s.relay.url);
    await page.getByRole('heading', { name: 'Plans on this device' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New plan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Plan title').waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.press('Enter'); // the title field has focus and a default title
    await page.locator('.plan-head h1').waitFor({ timeout: UI_TIMEOUT });

    await page.getByRole('button', { name: 'Add an action to section 1' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.type('Street triage pilot with the police');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'Red' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight'); // Amber
    await page.keyboard.press('ArrowRight'); // Green
    await screenshot(page, '10-keyboard-rag-focus');
    expect(await page.getByRole('radio', { name: 'Green' }).isChecked()).toBe(true);
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusRing).not.toBe('none');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    const row = page.locator('tr.action-row');
    await expect.poll(() => tableText(row), { timeout: UI_TIMEOUT }).toContain('Street triage pilot with the police');
    // One decision, one history entry: arrowing through Amber on the way to Green records nothing for Amber.
    await expect.poll(() => tableText(row.locator('.col-rag'))).toContain('Green');
    await row.getByRole('link', { name: /^Edit/ }).press('Enter');
    const history = page.getByRole('dialog').getByRole('region', { name: 'RAG history' });
    await expect.poll(() => history.locator('li').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
