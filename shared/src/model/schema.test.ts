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

  it('a doc records its schema version, and a doc from a newer schema is refused rather than misread', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, concordatTemplate({ id: 'p', title: 'T' }));
    expect(doc.getMap(ROOT.plan).get(PLAN_KEY.schemaVersion)).toBe(SCHEMA_VERSION);
    doc.getMap(ROOT.plan).set(PLAN_KEY.schemaVersion, SCHEMA_VERSION + 1);
    expect(() => planFromDoc(doc)).toThrow(expect.objectContaining({ reason: 'invalid' }));
  });
});

describe('every mutator runs as exactly one transaction with its origin', () => {
  const setUp = () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, concordatTemplate({ id: 'p', title: 'T' }));
    const plan = planFromDoc(doc);
    const section = plan.sections[0]!.id;
    const group = plan.sections[0]!.groups[0]!.id;
    const otherSection = plan.sections[1]!.id;
    const otherGroup = plan.sections[1]!.groups[0]!.id;
    const action = model.addAction(doc, group, { text: 'x' });
    const meeting = model.addMeeting(doc, { date: '2016-01-01' });
    return { doc, section, group, action, meeting, otherSection, otherGroup };
  };
  type Ctx = ReturnType<typeof setUp>;
  const calls: Record<string, (c: Ctx, origin?: unknown) => void> = {
    updatePlanInfo: (c, o) => model.updatePlanInfo(c.doc, { title: 'New', meta: { k: 'v' } }, o),
    addSection: (c, o) => model.addSection(c.doc, { title: 'S' }, undefined, o),
    updateSection: (c, o) => model.updateSection(c.doc, c.section, { title: 'S2' }, o),
    moveSection: (c, o) => model.moveSection(c.doc, c.section, {}, o),
    archiveSection: (c, o) => model.archiveSection(c.doc, c.section, true, o),
    addGroup: (c, o) => model.addGroup(c.doc, c.section, { title: 'G' }, undefined, o),
    updateGroup: (c, o) => model.updateGroup(c.doc, c.group, { title: 'G2' }, o),
    moveGroup: (c, o) => model.moveGroup(c.doc, c.group, { sectionId: c.otherSection }, o),
    archiveGroup: (c, o) => model.archiveGroup(c.doc, c.group, true, o),
    addAction: (c, o) => model.addAction(c.doc, c.group, { text: 'y' }, undefined, o),
    updateAction: (c, o) => model.updateAction(c.doc, c.action, { text: 'xy', leads: ['A'], custom: { c: 'z' } }, o),
    moveAction: (c, o) => model.moveAction(c.doc, c.action, { groupId: c.otherGroup }, o),
    archiveAction: (c, o) => model.archiveAction(c.doc, c.action, true, o),
    setRag: (c, o) => model.setRag(c.doc, c.action, 'red', { by: 'Ann' }, o),
    addUpdate: (c, o) => model.addUpdate(c.doc, c.action, { date: '2016-01-01', author: 'A', text: 't' }, o),
    addMeeting: (c, o) => model.addMeeting(c.doc, { date: '2016-02-01' }, o),
    updateMeeting: (c, o) => model.updateMeeting(c.doc, c.meeting, { notes: 'n', state: 'live' }, o),
    updateActionLeadText: (c, o) => model.updateAction(c.doc, c.action, { leadText: 'Vale CCG; Mind' }, o),
    mergeLeads: (c, o) => model.mergeLeads(c.doc, 'CCGs', 'All CCGs', o),
    splitLead: (c, o) => model.splitLead(c.doc, 'CCGs', o),
    renameLead: (c, o) => model.renameLead(c.doc, 'CCGs', 'Clinical commissioning groups', o),
    addMeetingMark: (c, o) => model.addMeetingMark(c.doc, c.meeting, { actionId: c.action, kind: 'deferred', by: 'A' }, o),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(name, () => {
      for (const origin of [undefined, 'custom-origin']) {
        const ctx = setUp();
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
