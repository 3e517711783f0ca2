import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { concordatTemplate } from './template';
import { loadPlanIntoDoc } from './load-plan';
import { planFromDoc } from './plan-from-doc';
import { PLAN_KEY, ROOT, SCHEMA_VERSION } from './schema';
import { LOCAL_ORIGIN } from './transact';
import * as model from './index';
import { MUTATOR_CALLS, mutatorScene } from '../../testing/model';

const dir = fileURLToPath(new URL('.', import.meta.url));

describe('schema', () => {
  it('no source file but schema.ts spells a Y key: every get/set/getMap/has/delete takes a schema constant', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      if (file === 'schema.ts') continue;
      const src = readFileSync(`${dir}/${file}`, 'utf8');
      for (const m of src.matchAll(/\.(get|set|has|delete|getMap|getText|getArray)(<[^>]*>)?\(\s*['"`]/g)) {
        offenders.push(`${file}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('a doc records its schema version; a doc from a newer schema is read, and written to by no mutator', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, concordatTemplate({ id: 'p', title: 'T' }));
    expect(doc.getMap(ROOT.plan).get(PLAN_KEY.schemaVersion)).toBe(SCHEMA_VERSION);
    doc.getMap(ROOT.plan).set(PLAN_KEY.schemaVersion, SCHEMA_VERSION + 1);
    expect(planFromDoc(doc)).toMatchObject({ title: 'T', version: SCHEMA_VERSION + 1 });
    expect(() => model.addSection(doc, { title: 'S' })).toThrow(expect.objectContaining({ reason: 'newer-version' }));
  });
});

describe('every mutator runs as exactly one transaction with its origin', () => {
  for (const [name, call] of Object.entries(MUTATOR_CALLS)) {
    it(name, () => {
      for (const origin of [undefined, 'custom-origin']) {
        const ctx = mutatorScene();
        const origins: unknown[] = [];
        ctx.doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
        const before = Y.encodeStateVector(ctx.doc);
        call(ctx, origin);
        expect(origins).toEqual([origin ?? LOCAL_ORIGIN]);
        expect(Y.encodeStateVector(ctx.doc)).not.toEqual(before);
      }
    });
  }
});
