import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { initGroup, initPlan, setIdSource, type PlanDoc } from '@concord/shared';
import { TEST_SCHEMA } from '@concord/shared/test-migration';
import { checkConverged, checkMigrated, ConvergenceError } from './check';
import { checkGroupConverged, newGroupLedger, randomGroupEdit } from './group-ops';
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
  /** Which document the replicas share: a plan (default) or a working group. */
  document?: 'plan' | 'group';
  /**
   * Two app versions (plans only): every device starts on today's, and now and then one installs the next (the
   * test migration) while others stay behind, offline or not. At the end every device has updated.
   */
  twoVersions?: boolean;
}

/** How a schedule creates, edits and checks one kind of shared document. */
interface DocumentKind {
  seed(doc: Y.Doc): void;
  edit(ctx: { gen: prng.PRNG; doc: Y.Doc; who: string; step: number; log: string[] }): string | null;
  check(docs: { name: string; doc: Y.Doc }[]): void;
}

/** A plan is created once, on one device; the others join it through the relay. So is a working group. */
function documentKind(kind: 'plan' | 'group'): DocumentKind {
  if (kind === 'group') {
    const ledger = newGroupLedger();
    return {
      seed: (doc) => initGroup(doc, { id: 'group-fuzz', name: 'Fuzz group' }),
      edit: (ctx) => randomGroupEdit({ ...ctx, ledger }),
      check: (docs) => checkGroupConverged(docs, ledger),
    };
  }
  const ledger = newLedger();
  return {
    seed: (doc) => initPlan(doc as PlanDoc, { id: 'fuzz-plan', title: 'Fuzz plan' }),
    edit: (ctx) => randomEdit({ ...ctx, ledger }),
    check: (docs) => void checkConverged(docs, ledger),
  };
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
  const kind = documentKind(options.document ?? 'plan');
  const steps = options.steps ?? prng.int32(gen, 40, 160);
  try {
    kind.seed(world.replicas[0]!.doc);
    for (let step = 0; step < steps; step++) {
      const upgrade = options.twoVersions ? updateSomeApp(world, gen) : null;
      log.push(`${step}: ${upgrade ?? (await runStep(world, gen, kind, step, log))}`);
    }
    await world.settle(options.twoVersions ? TEST_SCHEMA : undefined);
    const docs = [...world.replicas.map((r) => ({ name: r.name, doc: r.doc })), { name: 'relay', doc: world.relay }];
    const stored = await relayLog.load();
    const storedDoc = new Y.Doc();
    if (stored) Y.applyUpdate(storedDoc, stored, NET);
    kind.check([...docs, { name: 'relay store', doc: storedDoc }]);
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

async function runStep(
  world: World, gen: prng.PRNG, kind: DocumentKind, step: number, log: string[],
): Promise<string> {
  const roll = prng.int32(gen, 0, 99);
  const replica = prng.oneOf(gen, world.replicas);
  if (roll < 50) {
    const line = kind.edit({ gen, doc: replica.doc, who: replica.name, step, log });
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
