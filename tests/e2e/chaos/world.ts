/**
 * The chaos test's world: one real relay (serving the built client) on a fixed data dir and port, and three Chromium
 * profiles on one plan. Profile A imports a seed; B and C join by the plan's URL, as a colleague given a link would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { startRelay, type RunningRelay } from '../../helpers/relay';
import { CLIENT_DIST, launchDevice, waitForServiceWorker, type Device } from '../../helpers/browser';
import { openPlan, syncIndicator, waitForSynced } from '../plan-page';
import { inviteLinkFor, joinByLink } from '../share-page';

export const UI_TIMEOUT = 60_000;
export const DEVICE_NAMES = ['A', 'B', 'C'] as const;

export interface ChaosWorld {
  relay: RunningRelay;
  readonly devices: Device[];
  /** Whether the script has each device offline now. */
  readonly offline: boolean[];
  planId: string;
  /** The actions edits aim at, in plan order. */
  actionIds: string[];
  /** Display name of each device (the `by` of its ratings, the author of its updates). */
  readonly people: string[];
  /** What the typing steps saw in the open editors, for a failure report. */
  readonly trace: string[];
  close(): Promise<void>;
}

/** Starts the relay and the three profiles, imports `seedFile` on A, and has B and C join the plan. */
export async function openWorld(seedFile: string, targetActions: number): Promise<ChaosWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-chaos-relay-'));
  const world: ChaosWorld = {
    relay: await startRelay({ dataDir, clientDist: CLIENT_DIST }),
    devices: [],
    offline: DEVICE_NAMES.map(() => false),
    planId: '',
    actionIds: [],
    people: DEVICE_NAMES.map((n) => `Chaos tester ${n}`),
    trace: [],
    async close() {
      for (const d of world.devices) await d.close();
      await world.relay.stop().catch(() => world.relay.kill());
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    for (const [i, name] of DEVICE_NAMES.entries()) {
      const device = await launchDevice(`chaos-${name.toLowerCase()}`);
      world.devices.push(device);
      await nameDevice(device, world.relay.url, world.people[i]!);
    }
    world.planId = await importPlan(world.devices[0]!, seedFile);
    const rows = world.devices[0]!.page.locator('tr.action-row');
    const actionCount = await rows.count();
    world.actionIds = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-action-id')!))).slice(0, targetActions);
    for (const device of world.devices) {
      // The importing device registered the plan on the server; the others join by invite links.
      if (device !== world.devices[0]) await joinByLink(device.page, await inviteLinkFor(world.relay.url, world.devices[0]!.page, world.planId));
      await openPlan(device.page, world.relay.url, world.planId);
      await expect.poll(() => device.page.locator('tr.action-row').count(), { timeout: UI_TIMEOUT }).toBe(actionCount);
      await waitForServiceWorker(device.page, UI_TIMEOUT);
      await waitForSynced(device.page);
    }
  } catch (error) {
    await world.close();
    throw error;
  }
  return world;
}

/** Sets "Your name" in the device settings, so each device's ratings and updates say who made them. */
async function nameDevice(device: Device, baseUrl: string, person: string): Promise<void> {
  const page = device.page;
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Plans on this device' }).waitFor({ timeout: UI_TIMEOUT });
  await page.getByLabel('Your name').fill(person);
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.getByText('Saved.').waitFor({ timeout: UI_TIMEOUT });
}

/** Imports a plan file through the import panel and returns the new plan's id (from the URL it opens). */
async function importPlan(device: Device, seedFile: string): Promise<string> {
  const page = device.page;
  await page.getByLabel('Import a plan').setInputFiles(seedFile);
  await page.getByRole('button', { name: 'Import this plan' }).click({ timeout: UI_TIMEOUT });
  await page.waitForURL(/#\/plan\/[A-Za-z0-9_-]+$/, { timeout: UI_TIMEOUT });
  await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
  return /#\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
}

/** Cuts or restores one profile's network (its WebSocket and page loads); going offline waits for the indicator. */
export async function setOffline(world: ChaosWorld, index: number, offline: boolean): Promise<void> {
  const device = world.devices[index]!;
  await device.context.setOffline(offline);
  world.offline[index] = offline;
  if (offline) {
    await expect.poll(() => syncIndicator(device.page).getAttribute('data-sync'), { timeout: UI_TIMEOUT }).toBe('offline');
  }
}

/** Reloads a profile's page (from the service worker when offline or when the relay is down) and waits for the plan. */
export async function reloadDevice(world: ChaosWorld, index: number): Promise<void> {
  const page = world.devices[index]!.page;
  await page.reload({ waitUntil: 'domcontentloaded', timeout: UI_TIMEOUT });
  await page.locator('.plan-head h1').waitFor({ timeout: UI_TIMEOUT });
  await page.locator('tr.action-row').first().waitFor({ timeout: UI_TIMEOUT });
}

/** Stops (SIGTERM) or crashes (SIGKILL) the relay and starts it again on the same data dir and port. */
export async function restartRelay(world: ChaosWorld, crash: boolean): Promise<void> {
  const { dataDir, port } = world.relay;
  if (crash) await world.relay.kill();
  else await world.relay.stop();
  world.relay = await startRelay({ dataDir, port, clientDist: CLIENT_DIST });
}

/** Brings every profile online and waits until each page says it is synced with nothing pending. */
export async function settle(world: ChaosWorld): Promise<void> {
  for (const [i, offline] of world.offline.entries()) if (offline) await setOffline(world, i, false);
  for (const device of world.devices) await waitForSynced(device.page);
}
