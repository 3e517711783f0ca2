/**
 * Runs one seeded chaos script against three real Chromium profiles and the real relay, then checks that every
 * page and the server converged on one plan holding every edit that was made. A failure names the seed, the step
 * reached and the whole script.
 */
import { expect } from 'vitest';
import { screenshot } from '../../helpers/browser';
import { actionRow, tableText } from '../plan-page';
import { ownerTokenOf } from '../share-page';
import { missingEdits } from './check-edits';
import { readDeviceCopy, readServerCopy, type ReplicaCopy } from './read-plans';
import { chaosScript, describeStep, type Step } from './script';
import { addUpdate, fieldState, fieldValue, finishTyping, pickRag, startTyping, typeToken, type Edit } from './ui-edits';
import { DEVICE_NAMES, openWorld, reloadDevice, restartRelay, setOffline, settle, type ChaosWorld } from './world';

export interface ChaosOptions {
  seed: number;
  steps: number;
  /** A plan file for profile A to import. */
  seedFile: string;
  /** How many of the plan's first actions the edits aim at. */
  targetActions: number;
}

const CONVERGE_TIMEOUT_MS = 120_000;

/** Runs the script for `opts.seed`; resolves with the step log, rejects with the seed and script on any failure. */
export async function runChaos(opts: ChaosOptions): Promise<string[]> {
  const script = chaosScript({ seed: opts.seed, steps: opts.steps, devices: DEVICE_NAMES.length, actions: opts.targetActions });
  const started = Date.now();
  const log: string[] = [];
  const edits: Edit[] = [];
  let world: ChaosWorld | null = null;
  try {
    world = await openWorld(opts.seedFile, opts.targetActions);
    log.push(`set up in ${Date.now() - started} ms`);
    for (const [i, step] of script.entries()) {
      const t = Date.now();
      await runStep(world, step, edits);
      log.push(`step ${i}: ${describeStep(step)} (${Date.now() - t} ms)`);
    }
    const t = Date.now();
    await settle(world);
    await checkConverged(world, edits);
    log.push(...world.trace.map((t) => `  ${t}`));
    log.push(`converged and checked ${edits.length} edits in ${Date.now() - t} ms; total ${Date.now() - started} ms`);
    await shoot(world, `chaos-${opts.seed}`);
    return log;
  } catch (error) {
    if (world) await shoot(world, `chaos-${opts.seed}-failed`).catch(() => {});
    throw new Error(failureReport(opts.seed, script, log, world, error), { cause: error });
  } finally {
    await world?.close();
  }
}

async function runStep(world: ChaosWorld, step: Step, edits: Edit[]): Promise<void> {
  if (step.kind === 'offline') return setOffline(world, step.device, step.offline);
  if (step.kind === 'reload') return reloadDevice(world, step.device);
  if (step.kind === 'restart-relay') return restartRelay(world, step.crash);
  const { device } = step;
  const page = world.devices[device]!.page;
  const actionId = world.actionIds[step.action % world.actionIds.length]!;
  if (step.kind === 'type') {
    await runTyping(world, step, actionId, edits);
  } else if (step.kind === 'rag') {
    const rag = await pickRag(page, actionId, step.rag);
    edits.push({ kind: 'rag', device, actionId, rag, by: world.people[device]! });
  } else {
    await addUpdate(page, actionId, step.date, step.token);
    edits.push({ kind: 'update', device, actionId, date: step.date, text: step.token, author: world.people[device]! });
  }
}

/** A typing step, with a reload or another device's typing in the middle when the script says so. */
async function runTyping(world: ChaosWorld, step: Extract<Step, { kind: 'type' }>, actionId: string, edits: Edit[]): Promise<void> {
  const { device, field, atStart, token } = step;
  const page = world.devices[device]!.page;
  const text = atStart ? `${token} ` : ` ${token}`;
  if (step.during === 'nothing') {
    await typeToken(page, actionId, field, atStart, token);
  } else if (step.during === 'reload') {
    await startTyping(page, actionId, field, atStart, text);
    await reloadDevice(world, device);
    await finishTyping(page, actionId, token);
  } else {
    const half = Math.ceil(text.length / 2);
    await startTyping(page, actionId, field, atStart, text.slice(0, half));
    const name = DEVICE_NAMES[device];
    world.trace.push(`${name}'s field after typing "${text.slice(0, half)}": ${await fieldState(page, field)}`);
    const other = (device + 1) % world.devices.length;
    const otherToken = `${token}r`;
    // At the other end of the field: a collaborator typing right at the caret is ambiguous, elsewhere it is not.
    await typeToken(world.devices[other]!.page, actionId, field, !atStart, otherToken);
    edits.push({ kind: 'text', device: other, actionId, field, token: otherToken });
    if (!world.offline[device] && !world.offline[other]) {
      // Both online: the collaborator's words reach the open editor while the typist is mid-word.
      await expect.poll(() => fieldValue(page, field), { timeout: 20_000 }).toContain(otherToken);
    }
    world.trace.push(`${name}'s field after ${DEVICE_NAMES[other]} typed "${otherToken}": ${await fieldState(page, field)}`);
    await page.keyboard.type(text.slice(half));
    world.trace.push(`${name}'s field after typing "${text.slice(half)}": ${await fieldState(page, field)}`);
    await finishTyping(page, actionId, token);
  }
  edits.push({ kind: 'text', device, actionId, field, token });
}

/** Waits until the three stored copies and the server's are identical, then checks every edit and every page. */
async function checkConverged(world: ChaosWorld, edits: readonly Edit[]): Promise<void> {
  const copies = await waitForEqualCopies(world);
  const server = copies.at(-1)!;
  for (const copy of copies) {
    expect(copy.plan, `${copy.name}'s plan differs from the server's`).toEqual(server.plan);
    expect(copy.stateVector, `${copy.name}'s state vector differs from the server's`).toBe(server.stateVector);
  }
  expect(missingEdits(server.plan, edits), 'edits missing from the converged plan').toEqual([]);
  const tables = await Promise.all(world.devices.map((d) => tableText(d.page.locator('table.plan-table'))));
  for (const [i, table] of tables.entries()) expect(table, `page ${DEVICE_NAMES[i]} shows a different table`).toBe(tables[0]);
  for (const edit of edits) {
    if (edit.kind !== 'text') continue;
    for (const d of world.devices) expect(await tableText(actionRow(d.page, edit.actionId))).toContain(edit.token);
  }
}

/** Polls the copies until they agree (or the time is up: then returns the last, disagreeing, reading). */
async function waitForEqualCopies(world: ChaosWorld): Promise<ReplicaCopy[]> {
  const deadline = Date.now() + CONVERGE_TIMEOUT_MS;
  for (;;) {
    const copies = await Promise.all(world.devices.map((d, i) => readDeviceCopy(DEVICE_NAMES[i]!, d.page, world.planId)));
    copies.push(await readServerCopy(world.relay.wsUrl, world.planId, await ownerTokenOf(world.devices[0]!.page, world.planId)));
    const same = (c: ReplicaCopy) => c.stateVector === copies[0]!.stateVector && JSON.stringify(c.plan) === JSON.stringify(copies[0]!.plan);
    if (copies.every(same) || Date.now() > deadline) return copies;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/** One screenshot per profile, scrolled to the first action the edits aimed at. */
async function shoot(world: ChaosWorld, prefix: string): Promise<void> {
  for (const [i, d] of world.devices.entries()) {
    await actionRow(d.page, world.actionIds[0]!).scrollIntoViewIfNeeded({ timeout: 5_000 }).catch(() => {});
    console.log(`screenshot: ${await screenshot(d.page, `${prefix}-${DEVICE_NAMES[i]}`)}`);
  }
}

function failureReport(seed: number, script: Step[], log: string[], world: ChaosWorld | null, error: unknown): string {
  const errors = world?.devices.flatMap((d) => d.errors.slice(-5).map((e) => `  ${d.name}: ${e}`)) ?? [];
  return [
    `chaos seed ${seed} failed after ${log.length} log lines (rerun: CHAOS_SEED=${seed} CHAOS_STEPS=${script.length}): ${String(error)}`,
    'log:',
    ...log.map((l) => `  ${l}`),
    'script:',
    ...script.map((s, i) => `  ${i}: ${describeStep(s)}`),
    'typing trace:',
    ...(world?.trace.map((t) => `  ${t}`) ?? []),
    'last page errors:',
    ...errors,
    world ? `relay output:\n${world.relay.output().slice(-2_000)}` : '',
  ].join('\n');
}
