import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Action } from '../plan-json';
import { addAction, archiveAction, updateAction } from './actions';
import { archiveGroup, addGroup } from './groups';
import { setRag } from './history';
import { addMeeting, updateMeeting } from './meetings';
import { planFromDoc } from './plan-from-doc';
import { updatePlanInfo } from './plan-info';
import { ragConflict } from './rag';
import { concordatTemplate } from './template';
import { exchange, replicas } from '../../testing/model';

function twoReplicasWithAction(fields: Partial<Action> = {}): { a: Y.Doc; b: Y.Doc; id: string } {
  const template = concordatTemplate({ id: 'p', title: 'T' });
  const [a, b] = replicas(template, 1) as [Y.Doc, Y.Doc];
  const id = addAction(a, template.sections[0]!.groups[0]!.id, { text: 'Street triage pilot', ...fields });
  exchange(a, b);
  return { a, b, id };
}

const action = (doc: Y.Doc, id: string): Action =>
  planFromDoc(doc).sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).find((x) => x.id === id)!;

describe('two people editing the same text offline both keep their words', () => {
  it('both append to the progress text', () => {
    const { a, b, id } = twoReplicasWithAction({ progress: 'Pilot agreed.' });
    updateAction(a, id, { progress: 'Pilot agreed. Ann: funding confirmed.' });
    updateAction(b, id, { progress: 'Pilot agreed. Bo: staff recruited.' });
    exchange(a, b);
    for (const doc of [a, b]) {
      const progress = action(doc, id).progress;
      expect(progress).toContain('Ann: funding confirmed.');
      expect(progress).toContain('Bo: staff recruited.');
      // A minimal diff leaves the shared start alone; replacing the whole text would have doubled it.
      expect(progress.split('Pilot agreed.').length - 1).toBe(1);
    }
    expect(action(a, id).progress).toBe(action(b, id).progress);
  });

  it('both replace the whole text', () => {
    const { a, b, id } = twoReplicasWithAction({ progress: 'Not started' });
    updateAction(a, id, { progress: 'Funding confirmed by the CCG' });
    updateAction(b, id, { progress: 'Police have trained twelve officers' });
    exchange(a, b);
    for (const doc of [a, b]) {
      const progress = action(doc, id).progress;
      for (const word of ['Funding', 'confirmed', 'CCG', 'Police', 'trained', 'twelve', 'officers']) {
        expect(progress).toContain(word);
      }
    }
    expect(action(a, id).progress).toBe(action(b, id).progress);
  });

  it('a custom column added later: two people filling its cell offline both keep their words', () => {
    const { a, b, id } = twoReplicasWithAction();
    updatePlanInfo(a, { columns: [...planFromDoc(a).columns, { key: 'custom9', label: 'Scope' }] });
    exchange(a, b);
    updateAction(a, id, { custom: { custom9: 'local' } });
    updateAction(b, id, { custom: { custom9: 'countywide' } });
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(action(doc, id).custom.custom9).toContain('local');
      expect(action(doc, id).custom.custom9).toContain('countywide');
    }
  });

  it('edits to different fields, custom cells and meeting notes all merge', () => {
    const { a, b, id } = twoReplicasWithAction({ custom: { scope: 'local' } });
    const meeting = addMeeting(a, { date: '2016-01-10', notes: 'Notes:' });
    exchange(a, b);
    updateAction(a, id, { text: 'Street triage pilot in Luton', custom: { scope: 'local and Bedford' } });
    updateAction(b, id, { outcomes: 'Fewer s136 detentions', custom: { scope: 'countywide local' } });
    updateMeeting(a, meeting, { notes: 'Notes: Ann said yes.' });
    updateMeeting(b, meeting, { notes: 'Notes: Bo said later.' });
    exchange(a, b);
    const merged = action(a, id);
    expect(merged.text).toBe('Street triage pilot in Luton');
    expect(merged.outcomes).toBe('Fewer s136 detentions');
    expect(merged.custom.scope).toContain('and Bedford');
    expect(merged.custom.scope).toContain('countywide');
    const notes = planFromDoc(b).meetings[0]!.notes;
    expect(notes).toContain('Ann said yes.');
    expect(notes).toContain('Bo said later.');
  });
});

describe('RAG ratings set offline by two leads', () => {
  it('both stay visible and every replica derives the same current rating', () => {
    const { a, b, id } = twoReplicasWithAction();
    setRag(a, id, 'green', { by: 'Ann (CCG)', at: '2016-02-01T09:00:00Z' });
    setRag(b, id, 'red', { by: 'Bo (Police)', at: '2016-02-01T09:30:00Z' });
    exchange(a, b);
    const [fromA, fromB] = [action(a, id), action(b, id)];
    expect(fromA.ragHistory).toHaveLength(2);
    expect(fromA.rag).toBe('red');
    expect(fromB.rag).toBe('red');
    expect(ragConflict(fromA.ragHistory).map((e) => e.rag)).toEqual(['green', 'red']);
    // The group agrees in a meeting: the disagreement is settled.
    setRag(a, id, 'amber', { by: 'Chair', meetingId: 'm1', at: '2016-03-01T10:00:00Z' });
    exchange(a, b);
    expect(action(b, id).rag).toBe('amber');
    expect(ragConflict(action(b, id).ragHistory)).toEqual([]);
  });
});

describe('archive instead of delete', () => {
  it('an offline edit to an action someone else archived is kept', () => {
    const { a, b, id } = twoReplicasWithAction({ progress: 'Begun' });
    archiveAction(a, id);
    updateAction(b, id, { progress: 'Begun. Now complete: 40 staff trained.' });
    setRag(b, id, 'blue', { by: 'Bo', at: '2016-04-01T00:00:00Z' });
    exchange(a, b);
    for (const doc of [a, b]) {
      const merged = action(doc, id);
      expect(merged.archived).toBe(true);
      expect(merged.progress).toBe('Begun. Now complete: 40 staff trained.');
      expect(merged.rag).toBe('blue');
    }
  });

  it('archived groups keep their actions, and can be restored', () => {
    const template = concordatTemplate({ id: 'p', title: 'T' });
    const [a, b] = replicas(template, 1) as [Y.Doc, Y.Doc];
    const group = addGroup(a, template.sections[0]!.id, { title: 'Training' });
    exchange(a, b);
    archiveGroup(a, group);
    const added = addAction(b, group, { text: 'Train staff' });
    exchange(a, b);
    const g = planFromDoc(b).sections[0]!.groups.find((x) => x.id === group)!;
    expect(g).toMatchObject({ archived: true, actions: [{ id: added, text: 'Train staff', archived: false }] });
    archiveGroup(b, group, false);
    exchange(a, b);
    expect('archived' in planFromDoc(a).sections[0]!.groups.find((x) => x.id === group)!).toBe(false);
  });
});
