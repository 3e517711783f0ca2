// The small rules import reads a plan by: refs and markers, keys, status words, heading forms, update rows.
import { describe, expect, it } from 'vitest';
import { headingText, rowHeading } from './headings';
import { legendLine, legendRow, legendRun, legendText } from './legend-find';
import { isRef, markerFlag, readRefCell } from './refs';
import { isStatus, statusRating } from './status-words';
import { isUpdateLabel, updateRow } from './update-rows';

const row = (...texts: string[]) => ({ cells: texts.map((text) => ({ text })) });

describe('refs and markers', () => {
  it.each(['1', '1.', '1.12', '1.1a', 'A1', 'A.2', 'W2.1', 'Action 3', 'PH1', 'iv.'])('%s is a ref', (ref) => expect(isRef(ref)).toBe(true));
  it.each(['Objective 3', 'Priority 2', 'Section 4', 'Agree the plan', ''])('%j is not a ref', (text) => expect(isRef(text)).toBe(false));

  it('reads a marker under or beside a ref as a flag, and keeps the ref as written', () => {
    expect(readRefCell('4\nNew')).toEqual({ ref: '4', flags: ['new'], rest: '' });
    expect(readRefCell('5 (new)')).toEqual({ ref: '5', flags: ['new'], rest: '' });
    expect(readRefCell('2 New Action')).toEqual({ ref: '2', flags: ['new'], rest: '' });
    expect(readRefCell('Action 3')).toEqual({ ref: 'Action 3', flags: [], rest: '' });
    expect(readRefCell('3\nsee also 4')).toEqual({ ref: '3', flags: [], rest: 'see also 4' });
    expect(['*NEW*', '(Revised)', 'New action.', 'Newly'].map(markerFlag)).toEqual(['new', 'revised', 'new', null]);
  });
});

describe('RAG keys', () => {
  it('reads key lines in the usual forms', () => {
    expect(legendLine('Red – not started')).toEqual({ rag: 'red', meaning: 'not started' });
    expect(legendLine('G = On track')).toEqual({ rag: 'green', meaning: 'On track' });
    expect(legendLine('Blue (B): Complete')).toEqual({ rag: 'blue', meaning: 'Complete' });
    expect(legendLine('Green spaces for wellbeing')).toBeNull();
  });

  it('reads a whole key written in one cell or paragraph, and nothing less', () => {
    expect(legendText('Key: Red – behind; Amber – at risk; Green – on plan')).toHaveLength(3);
    expect(legendText('RAG key\nR = late\nG = on time')).toEqual([{ rag: 'red', meaning: 'late' }, { rag: 'green', meaning: 'on time' }]);
    expect(legendText('Red – behind\nSome other line')).toBeNull();
  });

  it('reads key rows by word or by colour, and a run only when its ratings differ', () => {
    const shaded = (fill: string, meaning: string) => ({ cells: [{ text: '', shading: fill }, { text: meaning }] });
    expect(legendRow(row('Amber', 'Some delay'))).toEqual({ rag: 'amber', meaning: 'Some delay' });
    expect(legendRow(shaded('E06666', 'Off track'))).toEqual({ rag: 'red', meaning: 'Off track' });
    expect(legendRow(row('1', 'Agree the plan', 'CCG'))).toBeNull();
    expect(legendRun([shaded('E06666', 'Off track'), shaded('93C47D', 'On track')])).toHaveLength(2);
    expect(legendRun([shaded('6FA8DC', 'Objective 1'), shaded('6FA8DC', 'Objective 2')])).toBeNull();
  });
});

describe('status words', () => {
  it('rates by the usual convention where it is clear, and not otherwise', () => {
    expect(['COMPLETE', 'On track', 'Delayed', 'Not started', 'In progress', 'See notes'].map((s) => statusRating(s))).toEqual([
      'blue', 'green', 'amber', 'red', null, null,
    ]);
  });

  it('lets the plan’s own key decide first', () => {
    const key = [{ rag: 'green' as const, meaning: 'Progressing as planned' }, { rag: 'green' as const, meaning: 'Complete' }];
    expect(statusRating('Progressing as planned', key)).toBe('green');
    expect(statusRating('Complete', key)).toBe('green');
    expect(isStatus('The board met twice and agreed the plan on track for June')).toBe(false);
  });
});

describe('headings', () => {
  it('names the form and number of a heading, keeping its words', () => {
    expect(headingText('Objective 3 – Recovery')).toMatchObject({ form: 'keyword', number: '3', title: 'Objective 3 – Recovery' });
    expect(headingText('Section B: Response')).toMatchObject({ form: 'keyword', number: 'B' });
    expect(headingText('Part a new service')).toMatchObject({ form: 'plain' });
    expect(headingText('2. Access to support')).toMatchObject({ form: 'number', number: '2', title: 'Access to support' });
    expect(headingText('1.2 Data')).toMatchObject({ form: 'number2', number: '1.2', title: '1.2 Data' });
    expect(headingText('URGENT CARE ACCESS')).toMatchObject({ form: 'caps' });
  });

  it('reads a part named in a row’s first cell, with its name in the next', () => {
    expect(rowHeading(row('Workstream 2', 'Children and young people', '', ''), 4)?.text).toBe('Workstream 2 – Children and young people');
    expect(rowHeading(row('2', 'Children and young people', 'CCG', ''), 4)).toBeNull();
  });
});

describe('update rows', () => {
  it('reads a label and what it says, with the date the label names', () => {
    expect(updateRow(row('Update June 2016', 'Board agreed', ''))).toEqual({ label: 'Update June 2016', body: 'Board agreed', date: '2016-06-30' });
    expect(updateRow(row('Progress:', 'Advert recorded'))).toEqual({ label: 'Progress:', body: 'Advert recorded', date: null });
    expect(updateRow(row('1.2', 'Promote the line'))).toBeNull();
    expect(updateRow(row('', 'Update', 'x'))).toBeNull();
    expect(['Q2 update', 'Comments', 'Agree the referral form with partners', '3', 'Q2'].map(isUpdateLabel)).toEqual([true, true, false, false, false]);
  });
});
