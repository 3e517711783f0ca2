import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { initPlan, setIdSource, type PlanDoc } from '@concord/shared';
import { TEST_SCHEMA } from '@concord/shared/test-migration';
import { checkConverged, checkMigrated, ConvergenceError } from './check';
import { NET } from './network';
import { newLedger, randomEdit } from './ops';
import { World, type RelayLog } from './world';

export interface ScheduleResult {
  seed: number;
  ok: boolean;
  steps: number;
  error?: string;
  log: string[];
}

export interface ScheduleOptions {
  replicas?: number;
  steps?: number;
  /** The relay's durable log; defaults to one kept in memory. */
  relayLog?: () => RelayLog & { close?(): Promise<void> };
  /**
   * Two app versions: every device starts on today's, and now and then one installs the next (the test migration)
   * while others stay behind, offline or not. At the end every device has updated.
   */
  twoVersions?: boolean;
}

function memoryLog(): RelayLog {
  const updates: Uint8Array[] = [];
  return {
    append: async (u) => updates.push(u),
    load: async () => (updates.length ? Y.mergeUpdates(updates) : null),
  };
}

/** One seeded schedule: random edits, deliveries, partitions, reloads and relay restarts; then settle and check. */
export async function runSchedule(seed: number, options: ScheduleOptions = {}): Promise<ScheduleResult> {
  const gen = prng.create(seed);
  let idCounter = 0;
  setIdSource(() => `id${seed}_${(idCounter++).toString(36)}`);
  const log: string[] = [];
  const relayLog = options.relayLog?.() ?? memoryLog();
  const world = await World.create(gen, options.replicas ?? 5, relayLog);
  const ledger = newLedger();
  const steps = options.steps ?? prng.int32(gen, 40, 160);
  try {
    seedPlan(world.replicas[0]!.doc);
    for (let step = 0; step < steps; step++) {
      const upgrade = options.twoVersions ? updateSomeApp(world, gen) : null;
      log.push(`${step}: ${upgrade ?? (await runStep(world, gen, ledger, step, log))}`);
    }
    await world.settle(options.twoVersions ? TEST_SCHEMA : undefined);
    const docs = [...world.replicas.map((r) => ({ name: r.name, doc: r.doc })), { name: 'relay', doc: world.relay }];
    const stored = await relayLog.load();
    const storedDoc = new Y.Doc();
    if (stored) Y.applyUpdate(storedDoc, stored, NET);
    checkConverged([...docs, { name: 'relay store', doc: storedDoc }], ledger);
    if (options.twoVersions) checkMigrated(world.replicas.map((r) => ({ name: r.name, doc: r.doc })), TEST_SCHEMA);
    return { seed, ok: true, steps, log };
  } catch (error) {
    if (!(error instanceof ConvergenceError) && !(error instanceof Error)) throw error;
    return { seed, ok: false, steps, error: error.stack ?? error.message, log };
  } finally {
    setIdSource(null);
    await (relayLog as { close?(): Promise<void> }).close?.();
  }
}

/** Now and then (3 steps in 100) a device still on today's app installs the next version; null otherwise. */
function updateSomeApp(world: World, gen: prng.PRNG): string | null {
  if (prng.int32(gen, 0, 99) >= 3) return null;
  const behind = world.replicas.filter((r) => r.schema !== TEST_SCHEMA);
  if (behind.length === 0) return null;
  const replica = prng.oneOf(gen, behind);
  world.updateApp(replica, TEST_SCHEMA);
  return `${replica.name} updates the app to version ${TEST_SCHEMA.version}`;
}

/** A plan is created once, on one device; the others join it through the relay. */
function seedPlan(doc: PlanDoc): void {
  initPlan(doc, { id: 'fuzz-plan', title: 'Fuzz plan' });
}

async function runStep(
  world: World, gen: prng.PRNG, ledger: ReturnType<typeof newLedger>, step: number, log: string[],
): Promise<string> {
  const roll = prng.int32(gen, 0, 99);
  const replica = prng.oneOf(gen, world.replicas);
  if (roll < 50) {
    const line = randomEdit({ gen, doc: replica.doc, who: replica.name, step, ledger, log });
    return `${replica.name} ${line ?? 'no-op'}`;
  }
  if (roll < 85) return (await world.deliverOne(prng.int32(gen, 0, 9) === 0)) ?? 'nothing to deliver';
  if (roll < 94) {
    if (replica.online) world.disconnect(replica);
    else world.connect(replica);
    return `${replica.name} ${replica.online ? 'online' : 'offline'}`;
  }
  if (roll < 98) {
    world.reload(replica);
    return `${replica.name} reload`;
  }
  await world.restartRelay();
  return 'relay restart';
}

/** The text a failure prints: the seed to replay and the operation log. */
export function describeFailure(result: ScheduleResult): string {
  return [`convergence failure, seed ${result.seed}: ${result.error}`, 'operation log:', ...result.log].join('\n');
}
