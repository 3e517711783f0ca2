import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMeeting, planFromDoc, setMinuteLine } from '../model';
import { endMeeting, markLeadAbsent, prepareMinutes, rateInMeeting, startMeeting, updateInMeeting } from './capture';
import { draftMinutes, minuteText } from './minutes';
import { minutesToDocx } from './minutes-docx';
import { minutesToMarkdown } from './minutes-markdown';
import { docOf, smallPlan } from '../../testing/meetings';

const at = (minute: number): string => `2016-01-14T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** A meeting that updated and rated a1, and only rated a5 (its lead absent). */
function heldMeeting() {
  const doc = docOf(smallPlan());
  const id = addMeeting(doc, { date: '2016-01-14', title: 'January review' });
  startMeeting(doc, id, { agenda: ['a1', 'a5'] });
  rateInMeeting(doc, id, 'a1', 'amber', 'Ann', at(0));
  updateInMeeting(doc, id, 'a1', 'Street triage pilot agreed', 'Bo', at(1));
  rateInMeeting(doc, id, 'a5', 'red', 'Ann', at(2));
  markLeadAbsent(doc, id, 'a5', 'Ann', at(3));
  return { doc, id };
}

const sync = (from: Y.Doc, to: Y.Doc): void => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

/** A second device joins `a`, then both edit one action's line offline and sync; returns the merged minute. */
function editOnTwoDevices(a: Y.Doc, meetingId: string, actionId: string, texts: [string, string]): string {
  const b = new Y.Doc();
  sync(a, b);
  setMinuteLine(a, meetingId, actionId, texts[0]);
  setMinuteLine(b, meetingId, actionId, texts[1]);
  sync(a, b);
  sync(b, a);
  expect(planFromDoc(b)).toEqual(planFromDoc(a));
  return draftMinutes(planFromDoc(a), meetingId).discussed.find((d) => d.actionId === actionId)!.minute!;
}

describe('editing the draft minutes line by line', () => {
  it('starts from the updates (or lead absent / no update) until edited', () => {
    const { doc, id } = heldMeeting();
    const minutes = draftMinutes(planFromDoc(doc), id);
    expect(minutes.discussed.map((d) => [d.actionId, d.minute, minuteText(d)])).toEqual([
      ['a1', null, 'Bo: Street triage pilot agreed'],
      ['a5', null, 'Lead absent'],
    ]);
  });

  it('the edited line replaces the updates in the draft, the Markdown and the .docx', async () => {
    const { doc, id } = heldMeeting();
    endMeeting(doc, id);
    setMinuteLine(doc, id, 'a1', 'Bo: pilot agreed; *funding* from April\nReview in March');
    const minutes = draftMinutes(planFromDoc(doc), id);
    expect(minutes.discussed[0]!.minute).toBe('Bo: pilot agreed; *funding* from April\nReview in March');
    expect(minutes.discussed[1]!.minute).toBeNull();
    const md = minutesToMarkdown(minutes);
    expect(md).toContain('- **Minute:** Bo: pilot agreed; \\*funding\\* from April\\\n  Review in March');
    expect(md).not.toContain('Street triage pilot agreed');
    expect(md).toContain('- **RAG:** Amber (first rating)');
    const xml = strFromU8(unzipSync(await minutesToDocx(minutes))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Bo: pilot agreed; *funding* from April');
    expect(text).toContain('Review in March');
    expect(text).not.toContain('Street triage pilot agreed');
    expect(text).toContain('Red (first rating)');
  });

  it('ending the meeting makes the lines, so two people editing one line offline both keep their words', () => {
    const { doc: a, id } = heldMeeting();
    endMeeting(a, id);
    const line = editOnTwoDevices(a, id, 'a5', ['Lead absent; Ann to chase', 'Lead absent; apologies sent']);
    expect(line).toContain('Ann to chase');
    expect(line).toContain('apologies sent');
  });

  it('prepareMinutes (the draft opened for editing) makes missing lines once, then writes nothing', () => {
    const { doc: a, id } = heldMeeting();
    prepareMinutes(a, id);
    const before = Y.encodeStateAsUpdate(a);
    prepareMinutes(a, id);
    expect(Y.encodeStateAsUpdate(a)).toEqual(before);
    expect(editOnTwoDevices(a, id, 'a1', ['Pilot agreed', 'Pilot started'])).toMatch(/agreed[\s\S]*started|started[\s\S]*agreed/);
    expect(() => prepareMinutes(a, 'nope')).toThrow(expect.objectContaining({ reason: 'meeting-not-found' }));
  });
});
