/**
 * Edits made the way a person makes them: open an action's editor from its row, type or click, close it. Each
 * function waits until the page shows the edit, then returns a record of it for the final check.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { RAG_LABELS, RAGS, type Rag } from '@concord/shared/plan-json';
import { actionRow, editorField, openEditor, tableText } from '../plan-page';
import type { EditField } from './script';
import { hasWord } from './check-edits';
import { UI_TIMEOUT } from './world';

export type Edit =
  | { kind: 'text'; device: number; actionId: string; field: EditField; token: string }
  | { kind: 'rag'; device: number; actionId: string; rag: Rag; by: string }
  | { kind: 'update'; device: number; actionId: string; date: string; text: string; author: string };

const FIELD_LABELS: Record<EditField, string> = { progress: 'Progress', text: 'Action' };

/** Types ` token` at the end (or `token ` at the start) of a text field, keystroke by keystroke. */
export async function typeToken(page: Page, actionId: string, field: EditField, atStart: boolean, token: string): Promise<void> {
  await startTyping(page, actionId, field, atStart, atStart ? `${token} ` : ` ${token}`);
  await finishTyping(page, actionId, token);
}

/** Opens the editor, puts the caret at the start or end of the field, and types `text`; the editor stays open. */
export async function startTyping(page: Page, actionId: string, field: EditField, atStart: boolean, text: string): Promise<void> {
  await openEditor(page, actionId);
  await editorField(page, FIELD_LABELS[field]).click();
  await page.keyboard.press(atStart ? 'Control+Home' : 'Control+End');
  await page.keyboard.type(text);
}

/** What the open editor's field shows now (the draft, unsaved keystrokes included). */
export function fieldValue(page: Page, field: EditField): Promise<string> {
  return editorField(page, FIELD_LABELS[field]).inputValue();
}

/** The open editor's field for a failure report: its text (ends elided), caret, and whether it has focus. */
export async function fieldState(page: Page, field: EditField): Promise<string> {
  const state = await editorField(page, FIELD_LABELS[field])
    .evaluate((el) => {
      const f = el as HTMLTextAreaElement;
      return { value: f.value, caret: f.selectionStart, focused: document.activeElement === f };
    }, undefined, { timeout: 2_000 })
    .catch((e: unknown) => ({ value: `(unreadable: ${String(e).split('\n')[0]})`, caret: null, focused: false }));
  const v = state.value.length > 60 ? `${state.value.slice(0, 25)}…${state.value.slice(-25)}` : state.value;
  return `"${v}" (length ${state.value.length}, caret ${state.caret}, ${state.focused ? 'focused' : 'not focused'})`;
}

/** Closes the open editor (which saves) and waits until the action's row shows `token` as a whole word. */
export async function finishTyping(page: Page, actionId: string, token: string): Promise<void> {
  await closeEditor(page);
  const row = actionRow(page, actionId);
  // Polls for the token itself, so that a failure prints what the row does show.
  const shown = async () => {
    const text = await tableText(row);
    return hasWord(text, token) ? token : text;
  };
  await expect.poll(shown, { timeout: UI_TIMEOUT, message: `row shows "${token}" as a word` }).toBe(token);
}

/**
 * Picks a rating in the RAG radio group. Picking the rating already shown records nothing, so then the next
 * rating round is picked instead; returns the rating actually recorded.
 */
export async function pickRag(page: Page, actionId: string, wanted: Rag): Promise<Rag> {
  await openEditor(page, actionId);
  const dialog = page.getByRole('dialog');
  // evaluateAll, not getAttribute: an unrated action has no checked radio, and getAttribute would wait for one.
  const current = await dialog.locator('.rag-picker input:checked').evaluateAll((els) => els[0]?.getAttribute('value') ?? null);
  const rag = wanted === current ? RAGS[(RAGS.indexOf(wanted) + 1) % RAGS.length]! : wanted;
  await dialog.getByRole('radio', { name: RAG_LABELS[rag], exact: true }).check();
  await closeEditor(page);
  // Just recorded here, so it is the latest entry and the row's current rating.
  await expect.poll(() => tableText(actionRow(page, actionId).locator('td.col-rag')), { timeout: UI_TIMEOUT }).toContain(RAG_LABELS[rag]);
  return rag;
}

/** Adds a dated progress update with the add-update form and waits until the editor lists it. */
export async function addUpdate(page: Page, actionId: string, date: string, text: string): Promise<void> {
  await openEditor(page, actionId);
  const form = page.getByRole('dialog').locator('form.add-update');
  await form.locator('input[type="date"]').fill(date);
  await form.locator('textarea').fill(text);
  await form.getByRole('button', { name: 'Add update' }).click();
  await page.getByRole('dialog').locator('ol.history li', { hasText: text }).waitFor({ timeout: UI_TIMEOUT });
  await closeEditor(page);
}

async function closeEditor(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  // The dialog's close event, which takes the action off the address, is a task queued after the dialog hides: a
  // reload before it runs opens the editor again (seed 3 failed at step 6 on a quiet machine that way).
  await page.waitForFunction(() => !location.hash.includes('/action/'), undefined, { timeout: UI_TIMEOUT });
}
