/** Sharing in the e2e tests: the owner token a device holds, invite links minted over the API, joining by a link. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const UI_TIMEOUT = 30_000;

/** This device's catalogue row fields for a plan that sharing uses (read straight from IndexedDB). */
export async function accessOf(page: Page, planId: string): Promise<{ token: string | null; role: string | null; refusedReason: string | null }> {
  return page.evaluate(
    (id) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('concord-device');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('plans').objectStore('plans').get(id);
          get.onerror = () => fail(get.error);
          get.onsuccess = () => {
            const row = get.result as { token?: string | null; role?: string | null; refusedReason?: string | null } | undefined;
            open.result.close();
            done({ token: row?.token ?? null, role: row?.role ?? null, refusedReason: row?.refusedReason ?? null });
          };
        };
      }),
    planId,
  );
}

/** Waits until the device that created a plan has registered it on the server, and returns its owner token. */
export async function ownerTokenOf(page: Page, planId: string): Promise<string> {
  await expect.poll(async () => (await accessOf(page, planId)).token, { timeout: UI_TIMEOUT }).toBeTruthy();
  const access = await accessOf(page, planId);
  expect(access.role).toBe('owner');
  return access.token!;
}

/** An invite link minted over the relay's API with the owner device's token (the share dialog has its own test). */
export async function inviteLinkFor(baseUrl: string, owner: Page, planId: string, role: 'editor' | 'viewer' = 'editor'): Promise<string> {
  const token = await ownerTokenOf(owner, planId);
  const res = await fetch(`${baseUrl}/api/plans/${planId}/invites`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ role }),
  });
  expect(res.status).toBe(201);
  const invite = (await res.json()) as { token: string };
  return `${baseUrl}/#/join/${planId}/${invite.token}`;
}

/** Who a test device says it is when an invite link asks (a device with no name set is asked before the plan opens). */
export const JOINING_PERSON = { name: 'Jo Joiner', organisation: 'Joining Trust' };

/** Opens an invite link, answers "Who are you?" if this device asks, and waits for the plan screen it leads to. */
export async function joinByLink(page: Page, link: string, person = JOINING_PERSON): Promise<void> {
  await page.goto(link);
  const asked = page.getByRole('heading', { name: 'Who are you?' });
  const plan = page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT }).then(() => 'plan' as const);
  const ask = asked.waitFor({ timeout: UI_TIMEOUT }).then(() => 'asked' as const, () => 'not asked' as const);
  if ((await Promise.race([plan, ask])) === 'asked') {
    await page.getByLabel('Your name').fill(person.name);
    await page.getByLabel('Organisation').fill(person.organisation);
    await page.getByRole('button', { name: 'Open the plan' }).click();
  }
  await plan;
  await page.locator('.plan-head h1').waitFor({ timeout: UI_TIMEOUT });
}
