/**
 * Working groups in three Chromium profiles against the real relay: the owner creates a group with two plans and
 * invites an editor and a viewer with one link each; both see both plans, and a third plan added later with no new
 * link; the editor edits offline in two plans and syncs; the viewer is read-only in all; a meeting across two plans
 * writes each update into its own plan; revoking the editor closes their connections to every plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFromDoc, type Plan } from '@concord/shared';
import { startRelay, type RunningRelay } from '../helpers/relay';
import { assertClientBuilt, CLIENT_DIST, launchDevice, screenshot, type Device } from '../helpers/browser';
import { connectClient, waitFor } from '../relay/clients';
import { addFirstAction, createTemplatePlan, tableText, waitForSynced } from './plan-page';
import { ownerTokenOf } from './share-page';
import { press, setDeviceUser, writeUpdate, walk } from './meeting-page';
import { seriousA11yViolations } from './axe';
import {
  addPlanToGroup,
  appendToFirstAction,
  createGroup,
  groupLink,
  homePlanIds,
  joinGroupByLink,
  planRows,
  UI_TIMEOUT,
} from './group-page';

const GROUP = 'Shireton crisis care working group';
const TITLES = ['Shireton county plan', 'Shireton street triage plan', 'Shireton places of safety plan'];

describe('a working group in three Chromium profiles', () => {
  let relay: RunningRelay;
  let owner: Device;
  let editor: Device;
  let viewer: Device;
  let groupId = '';
  const planIds: string[] = [];
  const links = { editor: '', viewer: '' };

  beforeAll(async () => {
    assertClientBuilt();
    relay = await startRelay({ clientDist: CLIENT_DIST });
    [owner, editor, viewer] = await Promise.all([launchDevice('group-owner'), launchDevice('group-editor'), launchDevice('group-viewer')]);
    await Promise.all([
      setDeviceUser(owner.page, relay.url, 'Fran Okafor', 'County council'),
      setDeviceUser(editor.page, relay.url, 'Ward manager', 'NHS trust'),
      setDeviceUser(viewer.page, relay.url, 'Commissioner', 'ICB'),
    ]);
  });

  afterAll(async () => {
    await Promise.all([owner?.close(), editor?.close(), viewer?.close()]);
    await relay?.stop();
  });

  it('lets the owner make a group of two plans and one link per role', async () => {
    const page = owner.page;
    for (const [i, title] of TITLES.slice(0, 2).entries()) {
      await page.goto(`${relay.url}/#/`);
      planIds.push(await createTemplatePlan(page, title));
      await addFirstAction(page, i === 0 ? 'Agree one crisis line number for the county' : 'Run triage cars on Friday nights');
      await ownerTokenOf(page, planIds[i]!);
    }
    groupId = await createGroup(page, relay.url, GROUP);
    await addPlanToGroup(page, relay.url, groupId, TITLES[0]!, 'existing', 'main');
    await addPlanToGroup(page, relay.url, groupId, TITLES[1]!, 'existing', 'sub');
    links.editor = await groupLink(page, relay.url, groupId, 'editor');
    links.viewer = await groupLink(page, relay.url, groupId, 'viewer');
    expect(links.editor).toMatch(new RegExp(`^${relay.url}/#/join-group/${groupId}/[\\w.-]+$`));
    await page.goto(`${relay.url}/#/group/${groupId}`);
    await expect.poll(() => homePlanIds(page), { timeout: UI_TIMEOUT }).toEqual(planIds);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('gives the editor and the viewer both plans from one link each', async () => {
    await joinGroupByLink(editor.page, links.editor, 'Ward manager', 'NHS trust');
    await joinGroupByLink(viewer.page, links.viewer, 'Commissioner', 'ICB');
    for (const device of [editor, viewer]) {
      await expect.poll(() => homePlanIds(device.page), { timeout: UI_TIMEOUT }).toEqual(planIds);
      await device.page.locator('.group-plan-card .rag-strip-words').nth(1).waitFor({ timeout: UI_TIMEOUT });
    }
    expect((await planRows(editor.page, planIds)).map((r) => r.role)).toEqual(['editor', 'editor']);
    expect((await planRows(viewer.page, planIds)).map((r) => r.role)).toEqual(['viewer', 'viewer']);
    // The owner's device writes the members who joined by link into the group's document.
    await owner.page.goto(`${relay.url}/#/group/${groupId}/members`);
    await owner.page.locator('tr[data-member="Commissioner"]').waitFor({ timeout: UI_TIMEOUT });
    await owner.page.locator('tr[data-member="Ward manager"]').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(owner.page, '60-group-members');
  });

  it('opens a plan added later on every member device, with no new link', async () => {
    await addPlanToGroup(owner.page, relay.url, groupId, TITLES[2]!, 'new', 'sub');
    for (const device of [editor, viewer]) {
      await expect.poll(async () => (await homePlanIds(device.page)).length, { timeout: UI_TIMEOUT }).toBe(3);
    }
    planIds.push((await homePlanIds(editor.page))[2]!);
    await viewer.page.goto(`${relay.url}/#/plan/${planIds[2]}`);
    await viewer.page.getByRole('heading', { level: 1, name: TITLES[2] }).waitFor({ timeout: UI_TIMEOUT });
    await editor.page.goto(`${relay.url}/#/group/${groupId}`);
    await screenshot(editor.page, '61-group-home-editor');
  });

  it('keeps the viewer read-only in every plan of the group', async () => {
    const page = viewer.page;
    for (const planId of planIds) {
      await page.goto(`${relay.url}/#/plan/${planId}`);
      await page.getByRole('note').filter({ hasText: 'View only' }).waitFor({ timeout: UI_TIMEOUT });
      expect(await page.getByRole('button', { name: /Add an action/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    }
  });

  it('syncs what the editor wrote offline in two plans once back online', async () => {
    const page = editor.page;
    for (const planId of planIds.slice(0, 2)) {
      await page.goto(`${relay.url}/#/plan/${planId}`);
      await waitForSynced(page);
    }
    await editor.context.setOffline(true);
    for (const [i, planId] of planIds.slice(0, 2).entries()) {
      await page.goto(`${relay.url}/#/plan/${planId}`);
      await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
      await appendToFirstAction(page, ` (offline note ${i + 1} from the ward)`);
    }
    await editor.context.setOffline(false);
    await waitForSynced(page);
    for (const [i, planId] of planIds.slice(0, 2).entries()) {
      await owner.page.goto(`${relay.url}/#/plan/${planId}`);
      await expect.poll(() => tableText(owner.page.locator('tr.action-row').first()), { timeout: UI_TIMEOUT }).toContain(`offline note ${i + 1} from the ward`);
    }
  });

  it('runs one meeting across two plans and stores each update in its own plan', async () => {
    const page = owner.page;
    await page.goto(`${relay.url}/#/group/${groupId}/meetings`);
    await page.getByLabel('Meeting title').fill('Spring review');
    for (const planId of planIds.slice(0, 2)) {
      await page.locator(`fieldset[data-plan-id="${planId}"]`).getByRole('radio', { name: /Every action/ }).check();
    }
    await page.getByRole('status').filter({ hasText: '2 actions from 2 plans' }).waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await page.waitForURL(/#\/group\/[^/]+\/meeting\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Start the meeting' }).click();
    await walk(page).waitFor({ timeout: UI_TIMEOUT });
    await press(page, 'r', /Rated Red/);
    await writeUpdate(page, 'County line agreed by all partners');
    await page.getByRole('button', { name: `Go on to ${TITLES[1]}` }).click();
    await page.locator(`.group-part[data-plan-id="${planIds[1]}"] .walk-through`).waitFor({ timeout: UI_TIMEOUT });
    await press(page, 'g', /Rated Green/);
    await writeUpdate(page, 'Triage cars ran every Friday');
    await page.getByRole('status').filter({ hasText: '2 discussed' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, '62-group-meeting');
    await page.getByRole('button', { name: 'End the meeting for every plan' }).click();
    await page.locator('.group-meeting .state-ended').waitFor({ timeout: UI_TIMEOUT });

    const [main, triage] = [await storedPlan(planIds[0]!), await storedPlan(planIds[1]!)];
    const updatesOf = (plan: Plan) => plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions.flatMap((a) => a.updates)));
    expect(updatesOf(main).map((u) => u.text)).toEqual(['County line agreed by all partners']);
    expect(updatesOf(triage).map((u) => u.text)).toEqual(['Triage cars ran every Friday']);
    expect(updatesOf(main)[0]!.meetingId).toBe(main.meetings[0]!.id);
    expect(updatesOf(triage)[0]!.meetingId).toBe(triage.meetings[0]!.id);
    expect([main.meetings[0]!.state, triage.meetings[0]!.state]).toEqual(['ended', 'ended']);

    await page.getByRole('link', { name: 'Minutes and chase list' }).click();
    await page.getByRole('heading', { name: 'Chase list across the plans' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('.group-part-minutes').count()).toBe(2);
  });

  it('closes every connection of a revoked editor, to every plan of the group', async () => {
    await editor.page.goto(`${relay.url}/#/group/${groupId}`);
    await expect.poll(async () => (await homePlanIds(editor.page)).length, { timeout: UI_TIMEOUT }).toBe(3);
    // Every plan open on the editor's device (a card per plan, none still arriving).
    await expect.poll(() => editor.page.locator('.group-plan-card', { hasText: 'Arriving' }).count(), { timeout: UI_TIMEOUT }).toBe(0);
    const page = owner.page;
    await page.goto(`${relay.url}/#/group/${groupId}/members`);
    await page.getByRole('button', { name: 'Remove Ward manager' }).click();
    await page.getByRole('status').filter({ hasText: 'Their connections to every plan of the group have been closed' }).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(async () => (await planRows(editor.page, planIds)).map((r) => r.refusedReason), { timeout: UI_TIMEOUT }).toEqual(['revoked', 'revoked', 'revoked']);
    await editor.page.locator('.group-screen [data-sync="refused"]').waitFor({ timeout: UI_TIMEOUT });
    await editor.page.goto(`${relay.url}/#/plan/${planIds[0]}`);
    await editor.page.getByRole('alert').filter({ hasText: 'revoked' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(editor.page, '63-group-revoked');
    // The viewer, still a member, keeps syncing.
    expect((await planRows(viewer.page, planIds)).map((r) => r.refusedReason)).toEqual([null, null, null]);
  });

  /** The plan as the relay stores it, read with its owner's token by a fresh client. */
  async function storedPlan(planId: string): Promise<Plan> {
    const client = connectClient(relay.wsUrl, planId, { token: await ownerTokenOf(owner.page, planId) });
    try {
      await client.synced;
      await waitFor('the plan to arrive', () => client.doc.getMap('plan').size > 0, UI_TIMEOUT);
      return planFromDoc(client.doc);
    } finally {
      client.destroy();
    }
  }
});
