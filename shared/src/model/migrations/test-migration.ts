import * as Y from 'yjs';
import type { ProgressUpdate } from '../../plan-json';
import { ACTION_KEY, ROOT } from '../schema';
import type { PlanDoc } from '../types';
import { isObject } from '../validate';
import { CURRENT_SCHEMA } from './index';
import { extendSchema, type Migration, type PlanJsonObject } from './migration';

// A migration for tests only, never in the app's schema: it stands in for "the next version" in the convergence
// fuzz, the frozen-fixture tests and the browser test's build B (a test build, made with CONCORD_TEST_MIGRATION=1).
// It keeps the rules a real one must: additive, deterministic, plain values, written only where they differ.

/** The key it adds to every action: the date of the action's latest progress update, or null. */
export const TEST_MIGRATION_KEY = { lastUpdate: 'lastUpdate' } as const;

/** The latest `date` among the updates (ISO dates and date-times sort as text), or null when there are none. */
function latestDate(updates: readonly unknown[]): string | null {
  let latest: string | null = null;
  for (const u of updates) {
    const date = isObject(u) ? u.date : undefined;
    if (typeof date === 'string' && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

function migrateDoc(doc: PlanDoc): void {
  doc.getMap<unknown>(ROOT.actions).forEach((item) => {
    if (!(item instanceof Y.Map)) return;
    const updates = item.get(ACTION_KEY.updates);
    const value = latestDate(updates instanceof Y.Array ? updates.toArray() : []);
    if (item.get(TEST_MIGRATION_KEY.lastUpdate) !== value) item.set(TEST_MIGRATION_KEY.lastUpdate, value);
  });
}

/** Each action with its lastUpdate; anything malformed is passed on as it is, for the check after upgrading. */
function upgradeJson(plan: PlanJsonObject): PlanJsonObject {
  const mapList = (v: unknown, fn: (o: Record<string, unknown>) => unknown) =>
    Array.isArray(v) ? v.map((o: unknown) => (isObject(o) ? fn(o) : o)) : v;
  const action = (a: Record<string, unknown>) => ({
    ...a,
    [TEST_MIGRATION_KEY.lastUpdate]: latestDate(Array.isArray(a.updates) ? a.updates : []),
  });
  const group = (g: Record<string, unknown>) => ({ ...g, actions: mapList(g.actions, action) });
  const section = (s: Record<string, unknown>) => ({ ...s, groups: mapList(s.groups, group) });
  return { ...plan, sections: mapList(plan.sections, section) };
}

/** The test-only migration: every action records the date of its latest progress update. */
export const TEST_MIGRATION: Migration = {
  version: CURRENT_SCHEMA.version + 1,
  name: 'test-last-update',
  migrateDoc,
  upgradeJson,
};

/** The app's schema plus the test migration: "the next version of Concord", for tests and the test build. */
export const TEST_SCHEMA = /* @__PURE__ */ extendSchema(CURRENT_SCHEMA, TEST_MIGRATION);

/** The type the test migration's field has in Plan JSON, for tests that read it. */
export type WithLastUpdate = { lastUpdate: ProgressUpdate['date'] | null };
