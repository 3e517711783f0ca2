import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PLAN_VERSION, type Plan } from '../../plan-json';
import { bindSchema } from '../doc-schema';
import { loadPlanIntoDoc } from '../load-plan';
import { planFromDoc } from '../plan-from-doc';
import { SCHEMA_VERSION } from '../schema';
import { CURRENT_SCHEMA } from './index';
import { migratePlanDoc } from './migrate-doc';
import type { Schema } from './migration';
import { TEST_SCHEMA } from './test-migration';
import { readPlanJson } from './upgrade-plan-json';

// Version 1's own files (see fixtures/README.md), read by today's code: nothing may change or go missing.
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const planV1 = () => JSON.parse(fixture('plan-v1.json').toString('utf8')) as Record<string, unknown>;
const docV1Expected = () => JSON.parse(fixture('doc-v1.expected.json').toString('utf8')) as Plan;

function docV1(schema: Schema): Y.Doc {
  const doc = new Y.Doc();
  bindSchema(doc, schema);
  Y.applyUpdate(doc, new Uint8Array(fixture('doc-v1.bin')), 'storage');
  return doc;
}

/**
 * What today's code reads on top of what version 1 wrote, per action, read by eye from the files. `leadText` (the
 * lead cell as written) came after version 1 without a new version: an action without one reads its leads, one a
 * line. (It is a Y.Text, which a migration must never create, so no migration writes it; see Migration.)
 */
const TODAY_IN_DOC: Record<string, Record<string, unknown>> = {
  'a-beds': { leadText: 'Riverside Trust' },
  'a-schools': { leadText: 'Council' },
  'a-line': { leadText: 'County Police\nRiverside Trust' },
  fx004: { leadText: 'Council' }, // the action added on the second device
  'a-old': { leadText: 'Council' },
};
const TODAY_IN_JSON: Record<string, Record<string, unknown>> = {
  'a-beds': { leadText: 'Riverside Trust' },
  'a-line': { leadText: 'County Police\nRiverside Trust' },
  'a-schools': { leadText: 'Council' },
  'a-old': { leadText: 'Council' },
};

/** Each action's latest progress update in the fixture, read by eye from the files: what the test migration adds. */
const LAST_UPDATES_IN_DOC: Record<string, string | null> = {
  'a-beds': '2024-10-03',
  'a-schools': '2024-11-02',
  'a-line': '2024-12-01T14:30:00Z',
  fx004: null,
  'a-old': null,
};

/** The expected plan with fields added to each action (every action named in `fields`) at `version`. */
function withActionFields(plan: Plan, fields: Record<string, Record<string, unknown>>, version: number): Plan {
  const copy = structuredClone(plan);
  copy.version = version;
  for (const section of copy.sections) {
    for (const group of section.groups) {
      for (const action of group.actions) {
        expect(Object.hasOwn(fields, action.id), `the table names ${action.id}`).toBe(true);
        Object.assign(action, fields[action.id]);
      }
    }
  }
  return copy;
}

/** Today's reading with each action's lastUpdate too: what the test migration should produce. */
function withLastUpdates(today: Record<string, Record<string, unknown>>, dates: Record<string, string | null>) {
  return Object.fromEntries(Object.entries(today).map(([id, fields]) => [id, { ...fields, lastUpdate: dates[id] }]));
}

describe('frozen version-1 fixtures, read by today\u2019s code', () => {
  it('today\u2019s versions agree: schema, Plan JSON, and the migrations list', () => {
    expect(CURRENT_SCHEMA.version).toBe(SCHEMA_VERSION);
    expect(PLAN_VERSION).toBe(SCHEMA_VERSION);
  });

  it('the version-1 document loads and migrates to exactly what version 1 read from it', () => {
    const doc = docV1(CURRENT_SCHEMA);
    const outcome = migratePlanDoc(doc);
    // Version 1 has no migrations. A real one changes both lines: write its effect out here, as the next block does.
    expect(outcome).toEqual({ kind: 'current', from: 1, version: 1, wrote: false });
    expect(planFromDoc(doc)).toEqual(withActionFields(docV1Expected(), TODAY_IN_DOC, 1));
  });

  it('the version-1 Plan JSON reads as itself, and a doc made from it gives it back with today\u2019s fields', () => {
    const plan = readPlanJson(planV1());
    expect(plan).toEqual(planV1());
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, planV1() as unknown as Plan);
    expect(planFromDoc(doc)).toEqual(withActionFields(planV1() as unknown as Plan, TODAY_IN_JSON, 1));
  });
});

describe('frozen version-1 fixtures, read by the next version (the test migration)', () => {
  it('the document migrates: every action gains its lastUpdate, the doc records version 2, nothing else changes', () => {
    const doc = docV1(TEST_SCHEMA);
    expect(migratePlanDoc(doc)).toEqual({ kind: 'current', from: 1, version: TEST_SCHEMA.version, wrote: true });
    const expected = withActionFields(docV1Expected(), withLastUpdates(TODAY_IN_DOC, LAST_UPDATES_IN_DOC), TEST_SCHEMA.version);
    expect(planFromDoc(doc)).toEqual(expected);
    expect(migratePlanDoc(doc)).toMatchObject({ kind: 'current', wrote: false });
  });

  it('the Plan JSON upgrades the same way, and loads into a doc at the new version', () => {
    const dates = { 'a-beds': '2024-10-03', 'a-line': null, 'a-schools': null, 'a-old': null };
    const noneToday = Object.fromEntries(Object.keys(dates).map((id) => [id, {}]));
    expect(readPlanJson(planV1(), TEST_SCHEMA)).toEqual(withActionFields(planV1() as unknown as Plan, withLastUpdates(noneToday, dates), TEST_SCHEMA.version));
    const doc = new Y.Doc();
    bindSchema(doc, TEST_SCHEMA);
    loadPlanIntoDoc(doc, planV1() as unknown as Plan);
    expect(planFromDoc(doc)).toEqual(withActionFields(planV1() as unknown as Plan, withLastUpdates(TODAY_IN_JSON, dates), TEST_SCHEMA.version));
    expect(migratePlanDoc(doc)).toMatchObject({ kind: 'current', from: TEST_SCHEMA.version, wrote: false });
  });
});
