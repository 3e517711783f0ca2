import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Plan } from '../../plan-json';
import { bindSchema, schemaStatus } from '../doc-schema';
import { addAction, updateAction } from '../actions';
import { addUpdate } from '../history';
import { loadPlanIntoDoc } from '../load-plan';
import { planFromDoc } from '../plan-from-doc';
import { PLAN_KEY, ROOT } from '../schema';
import { exchange, MUTATOR_CALLS, mutatorScene, richPlan } from '../../../testing/model';
import { storedSchemaVersion } from './doc-version';
import { CURRENT_SCHEMA } from './index';
import { MIGRATION_ORIGIN, migratePlanDoc } from './migrate-doc';
import { defineSchema, extendSchema, type Migration } from './migration';
import { TEST_MIGRATION, TEST_SCHEMA } from './test-migration';

/** A device: a fresh doc with its own client id, handled by one version of the app. */
function device(schema: typeof CURRENT_SCHEMA, clientID: number, from?: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  bindSchema(doc, schema);
  if (from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from), 'remote');
  return doc;
}

const actionOf = (doc: Y.Doc, id: string) =>
  planFromDoc(doc).sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).find((a) => a.id === id) as
    | (Plan['sections'][number]['groups'][number]['actions'][number] & { lastUpdate?: string | null })
    | undefined;

const bytes = (doc: Y.Doc) => Y.encodeStateVector(doc);

describe('defineSchema', () => {
  const step = (version: number, name = `step-${version}`): Migration => ({ ...TEST_MIGRATION, version, name });

  it('numbers versions from 2 with no gap or repeat, and names them in kebab-case', () => {
    expect(defineSchema([]).version).toBe(1);
    expect(defineSchema([step(2), step(3)]).version).toBe(3);
    expect(() => defineSchema([step(3)])).toThrow(expect.objectContaining({ reason: 'invalid' }));
    expect(() => defineSchema([step(2), step(2)])).toThrow(expect.objectContaining({ reason: 'invalid' }));
    expect(() => defineSchema([step(2, 'Lead Text')])).toThrow(expect.objectContaining({ reason: 'invalid' }));
  });
});

describe('migratePlanDoc', () => {
  it('does nothing to a doc that holds no plan yet, and leaves a newer doc untouched', () => {
    const empty = device(TEST_SCHEMA, 1);
    expect(migratePlanDoc(empty)).toEqual({ kind: 'no-plan' });
    const newer = device(TEST_SCHEMA, 2);
    loadPlanIntoDoc(newer, richPlan());
    const old = device(CURRENT_SCHEMA, 3, newer);
    const before = bytes(old);
    expect(migratePlanDoc(old)).toEqual({ kind: 'newer', stored: TEST_SCHEMA.version, known: CURRENT_SCHEMA.version });
    expect(bytes(old)).toEqual(before);
  });

  it('writes in one transaction with its own origin, records the version, and writes nothing the second time', () => {
    const old = device(CURRENT_SCHEMA, 3);
    loadPlanIntoDoc(old, richPlan());
    const next = device(TEST_SCHEMA, 4, old);
    const origins: unknown[] = [];
    next.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(migratePlanDoc(next)).toEqual({ kind: 'current', from: 1, version: TEST_SCHEMA.version, wrote: true });
    expect(origins).toEqual([MIGRATION_ORIGIN]);
    expect(storedSchemaVersion(next)).toBe(TEST_SCHEMA.version);
    expect(actionOf(next, 'a1')!.lastUpdate).toBe('2016-01-10');
    const before = bytes(next);
    expect(migratePlanDoc(next)).toEqual({ kind: 'current', from: TEST_SCHEMA.version, version: TEST_SCHEMA.version, wrote: false });
    expect(bytes(next)).toEqual(before);
  });

  it('two devices migrating the same doc offline at once converge on one result, and a third run writes nothing', () => {
    for (const [idA, idB] of [[10, 20], [20, 10]] as const) {
      const origin = device(CURRENT_SCHEMA, 5);
      loadPlanIntoDoc(origin, richPlan());
      const a = device(TEST_SCHEMA, idA, origin);
      const b = device(TEST_SCHEMA, idB, origin);
      migratePlanDoc(a);
      addUpdate(a, 'a3', { date: '2016-05-01', author: 'A', text: 'from a' });
      migratePlanDoc(b);
      exchange(a, b);
      expect(JSON.stringify(planFromDoc(a))).toBe(JSON.stringify(planFromDoc(b)));
      // a's update came after a migrated: the next run (on load, or when b's changes arrive) brings it up, on both.
      migratePlanDoc(a);
      migratePlanDoc(b);
      exchange(a, b);
      expect(actionOf(a, 'a3')!.lastUpdate).toBe('2016-05-01');
      expect(JSON.stringify(planFromDoc(a))).toBe(JSON.stringify(planFromDoc(b)));
      expect(bytes(a)).toEqual(bytes(b));
      const settled = bytes(a);
      expect(migratePlanDoc(a)).toMatchObject({ wrote: false });
      expect(bytes(a)).toEqual(settled);
    }
  });

  it('content an old app wrote offline after the doc was migrated elsewhere is brought up when it arrives', () => {
    const base = device(CURRENT_SCHEMA, 1);
    loadPlanIntoDoc(base, richPlan());
    const oldApp = device(CURRENT_SCHEMA, 2, base);
    const newApp = device(TEST_SCHEMA, 3, base);
    migratePlanDoc(newApp);
    const added = addAction(oldApp, 'g1', { text: 'typed on the old app, offline' });
    addUpdate(oldApp, added, { date: '2016-06-01', author: 'Old', text: 'still on version 1' });
    exchange(oldApp, newApp);
    expect(actionOf(newApp, added)!.lastUpdate).toBeUndefined();
    migratePlanDoc(newApp);
    expect(actionOf(newApp, added)).toMatchObject({ text: 'typed on the old app, offline', lastUpdate: '2016-06-01' });
  });

  it('devices migrating to two different versions at once leave the doc at the higher one, whichever write wins', () => {
    const third: Migration = { version: TEST_SCHEMA.version + 1, name: 'test-third', migrateDoc: () => {}, upgradeJson: (p) => p };
    const later = extendSchema(TEST_SCHEMA, third);
    for (const [idA, idB] of [[10, 20], [20, 10]] as const) {
      const origin = device(CURRENT_SCHEMA, 5);
      loadPlanIntoDoc(origin, richPlan());
      const a = device(TEST_SCHEMA, idA, origin);
      const b = device(later, idB, origin);
      migratePlanDoc(a);
      migratePlanDoc(b);
      exchange(a, b);
      expect(storedSchemaVersion(a)).toBe(later.version);
      expect(schemaStatus(a)).toEqual({ stored: later.version, known: TEST_SCHEMA.version, newer: true });
      expect(planFromDoc(a).version).toBe(later.version);
    }
  });
});

describe('an old app holding a doc that a newer version wrote', () => {
  function newerDoc(): Y.Doc {
    const scene = mutatorScene(device(CURRENT_SCHEMA, 1));
    addUpdate(scene.doc, scene.action, { date: '2016-03-03', author: 'A', text: 'before the update' });
    const next = device(TEST_SCHEMA, 2, scene.doc);
    migratePlanDoc(next);
    return next;
  }

  it('reads it whole, the newer fields included, and says which version wrote it', () => {
    const newer = newerDoc();
    const plan = planFromDoc(device(CURRENT_SCHEMA, 3, newer));
    expect(plan.version).toBe(TEST_SCHEMA.version);
    expect(plan).toEqual(planFromDoc(newer));
    expect(plan.sections[0]!.groups[0]!.actions[0]).toMatchObject({ text: 'x', lastUpdate: '2016-03-03' });
  });

  it('refuses every mutator with newer-version and writes nothing', () => {
    for (const [name, call] of Object.entries(MUTATOR_CALLS)) {
      const scene = mutatorScene(device(CURRENT_SCHEMA, 1));
      const next = device(TEST_SCHEMA, 2, scene.doc);
      migratePlanDoc(next);
      Y.applyUpdate(scene.doc, Y.encodeStateAsUpdate(next, bytes(scene.doc)), 'remote');
      const before = bytes(scene.doc);
      expect(() => call(scene), name).toThrow(expect.objectContaining({ reason: 'newer-version' }));
      expect(bytes(scene.doc), name).toEqual(before);
    }
  });

  it('exports Plan JSON that the newer version reads back as its own', () => {
    const exported = planFromDoc(device(CURRENT_SCHEMA, 3, newerDoc()));
    expect(() => loadPlanIntoDoc(device(CURRENT_SCHEMA, 4), exported)).toThrow(expect.objectContaining({ reason: 'newer-version' }));
    const reimported = device(TEST_SCHEMA, 5);
    loadPlanIntoDoc(reimported, exported);
    expect(planFromDoc(reimported)).toEqual(exported);
  });

  it('is no longer held back once it is updated: the same doc, handled by the new version, takes edits', () => {
    const old = device(CURRENT_SCHEMA, 3, newerDoc());
    const id = planFromDoc(old).sections[0]!.groups[0]!.actions[0]!.id;
    expect(() => updateAction(old, id, { text: 'no' })).toThrow(expect.objectContaining({ reason: 'newer-version' }));
    bindSchema(old, TEST_SCHEMA);
    updateAction(old, id, { text: 'yes' });
    expect(actionOf(old, id)!.text).toBe('yes');
    expect(old.getMap(ROOT.plan).get(PLAN_KEY.schemaVersion)).toBe(TEST_SCHEMA.version);
  });
});
