/** Rows kept whole: short and long rows, merged cells, rows that report on the action above. */
import type { CorpusPlan } from '../spec';
import { across, bullets } from './helpers';

const shortRows: CorpusPlan = {
  name: 'short-rows',
  about: 'a row one cell short is aligned by what its cells hold; a row that could be read two ways is kept unshifted and flagged',
  title: 'Short rows',
  blocks: [
    { p: 'Northfield crisis plan (working draft)' },
    { table: [
      ['No.', 'Action', 'Timescale', 'Led by', 'Outcomes', 'Progress'],
      ['1', 'Agree a crisis plan template that every team uses', 'July 2016', 'Northfield Trust', 'One plan a person can carry between services', 'Template agreed in June'],
      // No timescale cell: the lead is short and names an organisation, so it goes to "Led by".
      ['2', 'Give people a copy of their crisis plan to keep', 'Northfield Trust', 'People know who to call', 'Copies handed out since May'],
      // A cell short, and nothing says whether the last sentence is an outcome or progress: kept as it stands.
      ['3', 'Review every crisis plan after a hospital stay', 'December 2016', 'Northfield Trust', 'Plans that stay up to date'],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', timescale: 'July 2016', leads: ['Northfield Trust'], progress: 'Template agreed in June' },
      { ref: '2', timescale: '', leads: ['Northfield Trust'], outcomes: 'People know who to call', progress: 'Copies handed out since May' },
      { ref: '3', timescale: 'December 2016', leads: ['Northfield Trust'], outcomes: 'Plans that stay up to date', progress: '' },
    ] }] }],
    needsLook: 1,
  },
  // A sheet pads every row to the grid: a row with an empty last cell is an ordinary row, not a short one.
  differs: { xlsx: { needsLook: 0 } },
};

const longRows: CorpusPlan = {
  name: 'long-rows',
  about: 'a row with an empty cell too many at its start is aligned; a row with an extra note past the last column keeps it and is flagged',
  title: 'Long rows',
  blocks: [
    { table: [
      ['Ref', 'Action', 'Lead', 'Deadline', 'Update'],
      ['1', 'Put a mental health practitioner in the 111 call centre', 'Eastmoor CCG', 'November 2016', 'Post advertised'],
      ['1a', 'Give the practitioner access to crisis plans', 'Eastmoor Trust', 'December 2016', 'Access requested'],
      ['1b', 'Report calls passed to the crisis team each month', 'Eastmoor CCG', 'Monthly', ''],
      ['', '2', 'Share crisis plans with the ambulance service electronically', 'Eastmoor Trust', 'March 2017', 'Data sharing agreement signed'],
      ['3', 'Survey carers about the crisis line', 'Eastmoor Carers Centre', 'June 2016', '60 replies', 'Repeat in 2017?'],
      ['4', 'Publish what carers said and what will change', 'Eastmoor Carers Centre', 'September 2016', ''],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'leads', 'timescale', 'progress', 'custom:'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', leads: ['Eastmoor CCG'] },
      { ref: '1a' },
      { ref: '1b', due: null },
      { ref: '2', text: 'Share crisis plans with the ambulance service electronically', leads: ['Eastmoor Trust'], progress: 'Data sharing agreement signed' },
      { ref: '3', progress: '60 replies', custom: { '': 'Repeat in 2017?' } },
      { ref: '4', custom: {} },
    ] }] }],
    needsLook: 1,
  },
};

const mergedCells: CorpusPlan = {
  name: 'merged-cells',
  about: 'a lead merged down over three actions, a progress cell merged across two columns, bullets inside cells',
  title: 'Merged cells',
  blocks: [
    { p: 'Vale partnership plan' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'Outcome', 'Progress'],
      ['1', 'Train all response officers in mental health awareness', { text: 'Vale Police', vmerge: 'restart' }, 'March 2017', 'Officers feel confident', bullets('Half-day course written', '120 officers trained')],
      ['2', 'Give officers a phone line to a crisis nurse', { text: '', vmerge: 'continue' }, 'June 2016', 'Fewer detentions', 'Line open 24 hours'],
      ['3', 'Track how long people wait in custody for an assessment', { text: '', vmerge: 'continue' }, 'Quarterly', 'Waits under four hours', ''],
      ['4', 'Write a joint protocol for conveying people to hospital', 'Vale Ambulance Service', 'September 2016', { text: 'Protocol signed by all partners on 1 September', span: 2 }],
    ] },
  ],
  expect: {
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', leads: ['Vale Police'], progress: '· Half-day course written\n· 120 officers trained' },
      { ref: '2', leads: ['Vale Police'], progress: 'Line open 24 hours' },
      { ref: '3', leads: ['Vale Police'], due: null },
      { ref: '4', outcomes: 'Protocol signed by all partners on 1 September', progress: '' },
    ] }] }],
    needsLook: 0,
  },
  libreoffice: {
    // LibreOffice's Calc, opening the HTML page, keeps a list's lines but not its bullets.
    xlsx: { sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', leads: ['Vale Police'], progress: 'Half-day course written\n120 officers trained' },
      { ref: '2', leads: ['Vale Police'] }, { ref: '3', leads: ['Vale Police'] }, { ref: '4' },
    ] }] }] },
  },
  differs: {
    xlsx: { sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', leads: ['Vale Police'], progress: '• Half-day course written\n• 120 officers trained' },
      { ref: '2', leads: ['Vale Police'] }, { ref: '3', leads: ['Vale Police'] }, { ref: '4' },
    ] }] }] },
    // Word's text export prints a merged cell once: the actions below it have no lead there, and the last row's
    // one cell under two headings could be either: it stays where it stands and asks for a look.
    txt: { needsLook: 1, sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', leads: ['Vale Police'], progress: '· Half-day course written\n· 120 officers trained' },
      { ref: '2', leads: [], progress: 'Line open 24 hours' },
      { ref: '3', leads: [] },
      { ref: '4', outcomes: 'Protocol signed by all partners on 1 September' },
    ] }] }] },
  },
};

const updateRows: CorpusPlan = {
  name: 'update-rows',
  about: 'rows that report on the action above (a label, not a ref) become its progress, or a dated update when the label has a date',
  title: 'Update rows',
  blocks: [
    { p: 'Harbourside crisis concordat – progress report' },
    { table: [
      ['Ref', 'Action', 'Lead', 'Timescale', 'Progress'],
      [across('1. Access to help', 5)],
      ['1.1', 'Open the crisis line to people of all ages', 'Harbourside Trust', 'April 2016', 'Under-18s transferred to CAMHS line'],
      ['Update June 2016', { text: 'One line now answers callers of every age', span: 4 }],
      ['1.2', 'Promote the crisis line on local radio', 'Harbourside CCG', 'Summer 2016', ''],
      ['Progress', { text: 'Advert recorded; airs in July', span: 4 }],
      ['1.3', 'Publish the crisis line number in every GP waiting room', 'Harbourside CCG', 'May 2016', 'Posters sent'],
    ] },
  ],
  expect: {
    sections: [{ number: '1', title: 'Access to help', groups: [{ title: null, actions: [
      { ref: '1.1', progress: 'Under-18s transferred to CAMHS line', updates: [{ date: '2016-06-30', text: 'One line now answers callers of every age' }] },
      { ref: '1.2', progress: 'Progress: Advert recorded; airs in July', updates: [] },
      { ref: '1.3', progress: 'Posters sent' },
    ] }] }],
    needsLook: 0,
  },
};

export const ROW_PLANS: CorpusPlan[] = [shortRows, longRows, mergedCells, updateRows];
