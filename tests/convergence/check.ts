import * as Y from 'yjs';
import { migratePlanDoc, planFromDoc, schemaStatus, type Plan, type Schema } from '@concord/shared';
import { TEST_MIGRATION_KEY } from '@concord/shared/test-migration';
import type { Ledger } from './ops';

/** Thrown when a schedule breaks an invariant; carries what the failure report prints. */
export class ConvergenceError extends Error {}

function fail(message: string): never {
  throw new ConvergenceError(message);
}

const idsOf = (plan: Plan) => ({
  section: plan.sections.map((s) => s.id),
  group: plan.sections.flatMap((s) => s.groups.map((g) => g.id)),
  action: plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions.map((a) => a.id))),
});

function actionById(plan: Plan, id: string) {
  for (const s of plan.sections) for (const g of s.groups) for (const a of g.actions) if (a.id === id) return a;
  return undefined;
}

/** Every replica and the relay's stored copy hold the same plan, with nothing duplicated, lost or garbled. */
export function checkConverged(docs: { name: string; doc: Y.Doc }[], ledger: Ledger): Plan {
  const [first, ...rest] = docs.map(({ name, doc }) => ({ name, doc, json: JSON.stringify(planFromDoc(doc)) }));
  if (!first) fail('no replicas');
  const firstSv = Y.encodeStateVector(first.doc);
  for (const other of rest) {
    if (other.json !== first.json) fail(`${other.name} and ${first.name} hold different Plan JSON`);
    if (Buffer.compare(Buffer.from(Y.encodeStateVector(other.doc)), Buffer.from(firstSv)) !== 0) {
      fail(`${other.name} and ${first.name} have different state vectors`);
    }
  }
  const plan = JSON.parse(first.json) as Plan;
  checkNothingLost(plan, ledger);
  return plan;
}

function checkNothingLost(plan: Plan, ledger: Ledger): void {
  const ids = idsOf(plan);
  for (const kind of ['section', 'group', 'action'] as const) {
    const seen = new Set<string>();
    for (const id of ids[kind]) {
      if (seen.has(id)) fail(`${kind} ${id} appears twice`);
      seen.add(id);
    }
    for (const created of ledger.created) {
      if (created.kind === kind && !seen.has(created.id)) fail(`${kind} ${created.id} was lost`);
    }
  }
  const meetings = new Set(plan.meetings.map((m) => m.id));
  if (meetings.size !== plan.meetings.length) fail('a meeting appears twice');
  for (const created of ledger.created) {
    if (created.kind === 'meeting' && !meetings.has(created.id)) fail(`meeting ${created.id} was lost`);
  }
  for (const u of ledger.updates) {
    const found = actionById(plan, u.actionId)?.updates.filter((x) => x.id === u.id).length ?? 0;
    if (found !== 1) fail(`update ${u.id} on ${u.actionId} appears ${found} times`);
  }
  for (const [token, where] of ledger.typed) {
    if (ledger.deleted.has(token)) continue;
    const text = actionById(plan, where.actionId)?.[where.field] ?? '';
    if (!text.includes(token)) fail(`typed text ${token} is missing from ${where.actionId}.${where.field}`);
  }
}

/**
 * After every device updated: each doc is at the new version, the test migration's field holds what it derives from
 * the merged doc on every action (so devices that migrated at once, and content old apps wrote offline, all came
 * out right), and running the migrations again writes nothing anywhere.
 */
export function checkMigrated(docs: { name: string; doc: Y.Doc }[], schema: Schema): void {
  for (const { name, doc } of docs) {
    const status = schemaStatus(doc);
    if (status.stored !== schema.version || status.known !== schema.version) fail(`${name} is at ${JSON.stringify(status)}`);
    for (const s of planFromDoc(doc).sections) {
      for (const a of s.groups.flatMap((g) => g.actions)) {
        const dates = a.updates.map((u) => u.date).sort();
        const want = dates.length > 0 ? dates[dates.length - 1] : null;
        const got = (a as unknown as Record<string, unknown>)[TEST_MIGRATION_KEY.lastUpdate];
        if (got !== want) fail(`${name}: action ${a.id} has ${TEST_MIGRATION_KEY.lastUpdate} ${String(got)}, expected ${want}`);
      }
    }
    const before = Y.encodeStateVector(doc);
    if (migratePlanDoc(doc).kind !== 'current' || Buffer.compare(Buffer.from(before), Buffer.from(Y.encodeStateVector(doc))) !== 0) {
      fail(`${name}: migrating again wrote to the doc`);
    }
  }
}
