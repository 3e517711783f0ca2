import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exchange } from '../../testing/model';
import { addDirectoryEntry, mergeEntries, seedDirectory, seededEntryId } from './directory';
import { GroupModelError } from './errors';
import { initGroup, observeGroup, renameGroup } from './group-doc';
import { groupFromDoc } from './group-from-doc';
import { addGroupMeeting, linkPlanMeeting } from './group-meetings';
import { addGroupPlan, archiveGroupPlan, moveGroupPlan, updateGroupPlan } from './group-plans';
import { addMember, recordMember, updateMember } from './members';
import { groupDoc, groupReplicas } from '../../testing/groups';

const reasonOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    return error instanceof GroupModelError ? error.reason : String(error);
  }
};

describe('the working group document', () => {
  it('is created once, with a group id, and reads back as plain data', () => {
    const doc = groupDoc('group-abc', ' South county ');
    expect(groupFromDoc(doc)).toEqual({ id: 'group-abc', name: 'South county', members: [], plans: [], meetings: [], directory: [] });
    expect(reasonOf(() => initGroup(doc, { id: 'group-abc', name: 'again' }))).toBe('already-initialised');
    expect(reasonOf(() => initGroup(new Y.Doc(), { id: 'plan-abc', name: 'x' }))).toBe('invalid');
    expect(reasonOf(() => addMember(new Y.Doc(), { name: 'x' }))).toBe('not-initialised');
    expect(groupFromDoc(new Y.Doc())).toBeNull();
  });

  it('keeps members entered by hand and joined by link, and refuses bad input without writing', () => {
    const doc = groupDoc();
    const typed = addMember(doc, { name: 'Dee Rao', organisation: 'Ambulance service', email: 'dee@example.org', role: 'editor' });
    expect(recordMember(doc, 'relay-member-1', { name: 'Sam Oke', organisation: 'Police', role: 'viewer' })).toBe(true);
    expect(recordMember(doc, 'relay-member-1', { name: 'Sam Oke', organisation: 'Police', role: 'viewer' })).toBe(false);
    const before = Y.encodeStateAsUpdate(doc);
    for (const bad of [{ name: '' }, { name: 'A', email: 'not-an-email' }, { name: 'A', role: 'admin' as never }, { name: 'x'.repeat(201) }]) {
      expect(reasonOf(() => addMember(doc, bad))).toBe('invalid');
    }
    expect(reasonOf(() => updateMember(doc, 'nobody', { name: 'x' }))).toBe('not-found');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    updateMember(doc, typed, { organisation: 'NHS ambulance trust' });
    recordMember(doc, 'relay-member-1', { name: 'Sam Oke', removed: true });
    expect(groupFromDoc(doc)!.members).toEqual([
      { id: typed, name: 'Dee Rao', organisation: 'NHS ambulance trust', email: 'dee@example.org', role: 'editor', source: 'entered', removed: false },
      { id: 'relay-member-1', name: 'Sam Oke', organisation: 'Police', email: null, role: 'viewer', source: 'joined', removed: true },
    ]);
  });

  it('orders plans by fractional index, moves and archives them, and writes nothing for an unchanged value', () => {
    const doc = groupDoc();
    addGroupPlan(doc, 'plan-main', { title: 'County plan', part: 'main' });
    addGroupPlan(doc, 'plan-cyp', { title: 'Children and young people' });
    addGroupPlan(doc, 'plan-triage', { title: 'Street triage' }, { before: 'plan-cyp' });
    expect(groupFromDoc(doc)!.plans.map((p) => p.id)).toEqual(['plan-main', 'plan-triage', 'plan-cyp']);
    moveGroupPlan(doc, 'plan-main', { after: 'plan-cyp' });
    archiveGroupPlan(doc, 'plan-triage');
    expect(groupFromDoc(doc)!.plans).toEqual([
      { id: 'plan-triage', title: 'Street triage', part: 'sub', archived: true },
      { id: 'plan-cyp', title: 'Children and young people', part: 'sub', archived: false },
      { id: 'plan-main', title: 'County plan', part: 'main', archived: false },
    ]);
    expect(reasonOf(() => addGroupPlan(doc, 'plan-cyp', { title: 'again' }))).toBe('exists');
    expect(reasonOf(() => addGroupPlan(doc, 'bad id', { title: 'x' }))).toBe('invalid');
    expect(reasonOf(() => moveGroupPlan(doc, 'plan-cyp', { before: 'plan-none' }))).toBe('not-found');
    let writes = 0;
    observeGroup(doc, () => writes++);
    updateGroupPlan(doc, 'plan-cyp', { title: 'Children and young people', part: 'sub' });
    renameGroup(doc, 'County crisis care group');
    archiveGroupPlan(doc, 'plan-triage');
    expect(writes).toBe(0);
  });

  it('links each plan\'s own meeting to a group meeting, and refuses a bad date', () => {
    const doc = groupDoc();
    const id = addGroupMeeting(doc, { date: '2026-03-04', title: 'Spring review', facilitator: 'Ann' });
    linkPlanMeeting(doc, id, 'plan-main', 'meeting-a');
    linkPlanMeeting(doc, id, 'plan-cyp', 'meeting-b');
    expect(groupFromDoc(doc)!.meetings).toEqual([
      { id, date: '2026-03-04', title: 'Spring review', facilitator: 'Ann', planMeetings: { 'plan-cyp': 'meeting-b', 'plan-main': 'meeting-a' } },
    ]);
    expect(reasonOf(() => addGroupMeeting(doc, { date: '4 March' }))).toBe('invalid');
    expect(reasonOf(() => linkPlanMeeting(doc, 'nope', 'plan-main', 'x'))).toBe('not-found');
  });
});

describe('the group directory', () => {
  it('seeds one entry per lead across plans, spellings merged, and writes nothing the second time', () => {
    const doc = groupDoc();
    expect(seedDirectory(doc, [{ name: 'Police' }, { name: 'NHS Trust', aliases: ['Mental health trust'] }, { name: 'police ' }])).toBe(2);
    expect(seedDirectory(doc, [{ name: 'POLICE' }, { name: 'Mental Health Trust' }])).toBe(0);
    const before = Y.encodeStateAsUpdate(doc);
    seedDirectory(doc, [{ name: 'Police' }]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    seedDirectory(doc, [{ name: 'Police', aliases: ['Constabulary'] }]);
    const entries = groupFromDoc(doc)!.directory;
    expect(entries.map((e) => [e.name, e.aliases])).toEqual([
      ['NHS Trust', ['Mental health trust']],
      ['Police', ['Constabulary']],
    ]);
    expect(entries[1]!.id).toBe(seededEntryId('police'));
  });

  it('merges two entries once for every plan, and a person can belong to an organisation', () => {
    const doc = groupDoc();
    seedDirectory(doc, [{ name: 'County council' }, { name: 'Social care' }]);
    const [council, care] = [seededEntryId('County council'), seededEntryId('Social care')];
    mergeEntries(doc, council, care);
    const person = addDirectoryEntry(doc, { kind: 'person', name: 'Jo Bell', organisationId: council });
    const read = groupFromDoc(doc)!.directory;
    expect(read.find((e) => e.id === care)).toMatchObject({ mergedInto: council });
    expect(read.find((e) => e.id === council)!.aliases).toEqual(['Social care']);
    expect(read.find((e) => e.id === person)).toMatchObject({ kind: 'person', organisationId: council });
    expect(seedDirectory(doc, [{ name: 'social care' }])).toBe(0);
    expect(reasonOf(() => mergeEntries(doc, care, council))).toBe('invalid');
  });

  it('keeps one entry live when two devices merge two entries into each other offline', () => {
    const [a, b] = groupReplicas(2);
    seedDirectory(a!, [{ name: 'Police' }, { name: 'Constabulary' }]);
    exchange(a!, b!);
    const [police, constabulary] = [seededEntryId('Police'), seededEntryId('Constabulary')];
    mergeEntries(a!, police, constabulary);
    mergeEntries(b!, constabulary, police);
    exchange(a!, b!);
    const live = groupFromDoc(a!)!.directory.filter((e) => e.mergedInto === null);
    expect(live).toEqual([expect.objectContaining({ id: [police, constabulary].sort()[0], aliases: expect.any(Array) })]);
    expect(groupFromDoc(b!)).toEqual(groupFromDoc(a!));
  });

  it('converges when two devices seed the same leads offline at once', () => {
    const [a, b] = groupReplicas(2);
    seedDirectory(a!, [{ name: 'Police' }, { name: 'Ambulance' }]);
    seedDirectory(b!, [{ name: 'police', aliases: ['Constabulary'] }]);
    exchange(a!, b!);
    expect(groupFromDoc(a!)).toEqual(groupFromDoc(b!));
    expect(groupFromDoc(a!)!.directory.filter((e) => e.name.toLowerCase() === 'police')).toHaveLength(1);
    seedDirectory(a!, [{ name: 'Police', aliases: ['Constabulary'] }]);
    exchange(a!, b!);
    expect(groupFromDoc(b!)!.directory.find((e) => e.name.toLowerCase() === 'police')!.aliases).toContain('Constabulary');
  });
});
