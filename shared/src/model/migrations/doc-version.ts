import type * as Y from 'yjs';
import { MIGRATED_KEY_PREFIX, PLAN_KEY, ROOT } from '../schema';
import type { PlanDoc } from '../types';
import type { Migration } from './migration';

const planOf = (doc: PlanDoc): Y.Map<unknown> => doc.getMap(ROOT.plan);

/**
 * The schema version that wrote the doc: the highest of its `schemaVersion` and of the migrations recorded in it
 * (1 for a doc from before versions were recorded, or a damaged value). `schemaVersion` alone is a last-writer-wins
 * number, which two devices migrating to different versions at once could leave at the lower one.
 */
export function storedSchemaVersion(doc: PlanDoc): number {
  const plan = planOf(doc);
  let version = asVersion(plan.get(PLAN_KEY.schemaVersion)) ?? 1;
  for (const [key, value] of plan.entries()) {
    if (key.startsWith(MIGRATED_KEY_PREFIX)) version = Math.max(version, asVersion(value) ?? 1);
  }
  return version;
}

/** Records in the doc that `migration` has run (inside a transaction); writes nothing when it already says so. */
export function recordMigration(doc: PlanDoc, migration: Migration): void {
  const plan = planOf(doc);
  const key = `${MIGRATED_KEY_PREFIX}${migration.version}:${migration.name}`;
  if (plan.get(key) !== migration.version) plan.set(key, migration.version);
  const recorded = asVersion(plan.get(PLAN_KEY.schemaVersion)) ?? 1;
  if (recorded < migration.version) plan.set(PLAN_KEY.schemaVersion, migration.version);
}

/** True for the plan-map keys that record migrations (they are the doc's bookkeeping, not plan content). */
export function isMigrationRecord(key: string): boolean {
  return key.startsWith(MIGRATED_KEY_PREFIX);
}

function asVersion(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null;
}
