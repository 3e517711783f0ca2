/** Columns by meaning and by content: headings far from the template's, progress that reads like action, status words. */
import type { CorpusPlan } from '../spec';
import { across, shaded } from './helpers';

const outcomesFirst: CorpusPlan = {
  name: 'outcomes-first',
  about: 'the outcome column comes before the action column, under headings unlike the template; no refs; a progress column named "Position at …"',
  title: 'Outcomes first',
  blocks: [
    { p: 'Kestrel Hill mental health crisis plan' },
    { p: 'Making sure help is there early', style: 'Heading1' },
    { table: [
      ['Expected outcome', 'Key deliverables', 'Responsible', 'Deadline', 'Position at March 2017'],
      ['Fewer people reach crisis without having been offered help', 'Develop a single point of access for adult mental health referrals', 'Kestrel Hill CCG', 'January 2017', 'Single point of access went live in February and has taken 300 referrals'],
      ['Carers know what to do when someone they care for becomes unwell', 'Produce a carers’ crisis card with key phone numbers', 'Kestrel Hill Carers Trust', 'October 2016', 'Cards were printed and 2,000 have been handed out'],
      ['Quicker assessment for people who present at A&E', 'Extend liaison psychiatry to cover nights', 'Kestrel Hill Hospitals Trust', 'April 2017', 'Recruitment has started; two of five posts were filled'],
    ] },
  ],
  expect: {
    title: 'Kestrel Hill mental health crisis plan',
    columns: ['outcomes', 'text', 'leads', 'timescale', 'progress'],
    sections: [{ number: null, title: 'Making sure help is there early', groups: [{ title: null, actions: [
      { ref: null, outcomes: 'Fewer people reach crisis without having been offered help', text: 'Develop a single point of access for adult mental health referrals',
        leads: ['Kestrel Hill CCG'], due: '2017-01-31', progress: 'Single point of access went live in February and has taken 300 referrals' },
      { ref: null, text: 'Produce a carers’ crisis card with key phone numbers', progress: 'Cards were printed and 2,000 have been handed out' },
      { ref: null, text: 'Extend liaison psychiatry to cover nights' },
    ] }] }],
    needsLook: 0,
  },
};

const actionTaken: CorpusPlan = {
  name: 'action-taken',
  about: 'two columns headed like the action ("Action", "Action taken to date"): the one that reports what happened is progress',
  title: 'Action taken',
  blocks: [
    { p: 'Northfield concordat: actions and what has been done' },
    { table: [
      ['No.', 'Action', 'Action taken to date', 'Lead', 'Target date'],
      ['1', 'Agree a joint policy on people detained under section 136', 'The policy was agreed by all partners in May and published on the council website', 'Northfield Police', 'May 2016'],
      ['2', 'Set up a multi-agency review of every s136 detention', 'Reviews have been held monthly since June; eleven cases were reviewed', 'Northfield Trust', 'June 2016'],
      ['3', 'Provide a quiet room in A&E for people in mental distress', 'Room identified and decorated; it opened in August', 'Northfield General Hospital', 'August 2016'],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'progress', 'leads', 'timescale'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', text: 'Agree a joint policy on people detained under section 136', progress: 'The policy was agreed by all partners in May and published on the council website' },
      { ref: '2', progress: 'Reviews have been held monthly since June; eleven cases were reviewed' },
      { ref: '3', leads: ['Northfield General Hospital'] },
    ] }] }],
    needsLook: 0,
  },
};

const plainWords: CorpusPlan = {
  name: 'plain-words',
  about: 'headings in plain words ("What needs to happen", "Who", "When", "How we will know", "What has happened so far")',
  title: 'Plain words',
  ragByColour: true,
  blocks: [
    { p: 'Eastmoor youth crisis plan' },
    { table: [
      ['Ref', 'What needs to happen', 'Who', 'When', 'How we will know', 'What has happened so far', 'RAG'],
      ['1', 'Set up an out-of-hours crisis service for under-18s', 'Eastmoor CAMHS', 'March 2017', 'Young people are seen within four hours', 'A business case was approved in November', shaded('amber')],
      ['2', 'Stop young people being held in police cells as a place of safety', 'Eastmoor Police', 'Immediate', 'No young person is held in a cell', 'No cell has been used since April', shaded('green')],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'leads', 'timescale', 'outcomes', 'progress', 'rag'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', leads: ['Eastmoor CAMHS'], outcomes: 'Young people are seen within four hours', progress: 'A business case was approved in November', rag: 'amber' },
      { ref: '2', timescale: 'Immediate', rag: 'green' },
    ] }] }],
    needsLook: 0,
  },
};

const emptyRag: CorpusPlan = {
  name: 'empty-rag',
  about: 'a RAG column whose ratings were cell colours: empty in the text export, and still the RAG column',
  title: 'Empty RAG',
  ragByColour: true,
  blocks: [
    { p: 'Vale and Harbourside joint plan' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'Update', 'RAG'],
      [across('1. Commissioning', 6)],
      ['1', 'Jointly commission a crisis house for the two areas', 'Vale CCG; Harbourside CCG', '2016/17', 'Provider chosen', shaded('green')],
      ['2', 'Agree one set of crisis service outcomes for both areas', 'Vale CCG', 'December 2016', 'Not started', shaded('red')],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'leads', 'timescale', 'progress', 'rag'],
    sections: [{ number: '1', title: 'Commissioning', groups: [{ title: null, actions: [
      { ref: '1', leads: ['Vale CCG', 'Harbourside CCG'], due: '2017-03-31', rag: 'green' },
      { ref: '2', progress: 'Not started', rag: 'red' },
    ] }] }],
    needsLook: 0,
  },
};

const statusWords: CorpusPlan = {
  name: 'status-words',
  about: 'a Status column of words (COMPLETE, On track, Delayed, Not started): ratings by the usual convention, the words kept',
  title: 'Status words',
  blocks: [
    { p: 'Northfield crisis concordat tracker' },
    { table: [
      ['Ref', 'Action', 'Lead', 'Due', 'Status', 'Comments'],
      ['1', 'Publish a crisis leaflet in the five most spoken community languages', 'Northfield CCG', 'June 2016', 'COMPLETE', 'Leaflets in all libraries'],
      ['2', 'Add crisis information to the council’s housing web pages', 'Northfield Borough Council', 'September 2016', 'On track', 'Text drafted'],
      ['3', 'Train housing officers to spot a mental health crisis', 'Northfield Borough Council', 'December 2016', 'Delayed', 'Trainer off sick'],
      ['4', 'Agree a protocol for evictions of people known to mental health services', 'Northfield Housing Association', 'March 2017', 'Not started', ''],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'leads', 'timescale', 'custom:Status', 'rag', 'progress'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', rag: 'blue', custom: { Status: 'COMPLETE' }, progress: 'Leaflets in all libraries' },
      { ref: '2', rag: 'green', custom: { Status: 'On track' } },
      { ref: '3', rag: 'amber', custom: { Status: 'Delayed' } },
      { ref: '4', rag: 'red', custom: { Status: 'Not started' } },
    ] }] }],
    needsLook: 0,
  },
};

const statusWithKey: CorpusPlan = {
  name: 'status-with-key',
  about: 'status words that only the plan’s own key explains ("Progressing as planned" is its green)',
  title: 'Status with key',
  blocks: [
    { p: 'Kestrel Vale crisis plan – highlight report' },
    { p: 'Status key' },
    { p: 'Green – Progressing as planned' },
    { p: 'Amber – Some slippage, recoverable' },
    { p: 'Red – Stalled' },
    { p: 'Blue – Finished' },
    { table: [
      ['No', 'Action', 'Owner', 'Completion date', 'Status', 'Highlights and achievements'],
      ['1', 'Agree shared crisis plans for frequent A&E attenders', 'Kestrel Vale Trust', 'July 2016', 'Progressing as planned', 'Twenty plans written'],
      ['2', 'Commission a sanctuary service at weekends', 'Kestrel Vale CCG', 'January 2017', 'Stalled', 'No provider bid'],
      ['3', 'Set up crisis care training for GP trainees', 'Kestrel Deanery', 'October 2016', 'Finished', 'All trainees attended'],
    ] },
  ],
  expect: {
    title: 'Kestrel Vale crisis plan – highlight report',
    legend: [
      { rag: 'green', meaning: 'Progressing as planned' },
      { rag: 'amber', meaning: 'Some slippage, recoverable' },
      { rag: 'red', meaning: 'Stalled' },
      { rag: 'blue', meaning: 'Finished' },
    ],
    columns: ['ref', 'text', 'leads', 'timescale', 'custom:Status', 'rag', 'progress'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', rag: 'green', custom: { Status: 'Progressing as planned' }, progress: 'Twenty plans written' },
      { ref: '2', rag: 'red', custom: { Status: 'Stalled' } },
      { ref: '3', rag: 'blue', custom: { Status: 'Finished' } },
    ] }] }],
    needsLook: 0,
  },
};

const startFinish: CorpusPlan = {
  name: 'start-finish',
  about: 'start and finish dates in two columns: the finish date is the timescale, the start date stays a column of its own',
  title: 'Start and finish',
  blocks: [
    { p: 'Harbourside older people’s crisis plan' },
    { table: [
      ['No', 'Action', 'Start date', 'Finish date', 'Lead officer', 'Notes'],
      ['1', 'Add a mental health nurse to the falls response team', 'April 2016', 'March 2017', 'Harbourside Community Health', 'Nurse in post from June'],
      ['2', 'Check every care home has a crisis contact for residents with dementia', 'May 2016', 'November 2016', 'Harbourside Adult Social Care', 'Half of homes checked'],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'custom:Start date', 'timescale', 'leads', 'progress'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', timescale: 'March 2017', due: '2017-03-31', custom: { 'Start date': 'April 2016' }, progress: 'Nurse in post from June' },
      { ref: '2', due: '2016-11-30', custom: { 'Start date': 'May 2016' } },
    ] }] }],
    needsLook: 0,
  },
};

const ragFirstLetters: CorpusPlan = {
  name: 'rag-first-letters',
  about: 'the RAG column first, rated with single letters R/A/G/B',
  title: 'RAG first',
  blocks: [
    { p: 'Eastmoor crisis plan 2016' },
    { table: [
      ['RAG', 'Ref', 'Action', 'Owner', 'Timescale'],
      ['G', '1', 'Put the crisis team’s number on every discharge letter', 'Eastmoor Trust', 'May 2016'],
      ['A', '2', 'Agree a shared risk assessment across police and health', 'Eastmoor Police', 'Oct 2016'],
      ['R', '3', 'Fund a second approved mental health professional at night', 'Eastmoor Council', 'Jan 2017'],
      ['B', '4', 'Publish the crisis concordat plan online', 'Eastmoor CCG', 'Apr 2016'],
    ] },
  ],
  expect: {
    columns: ['rag', 'ref', 'text', 'leads', 'timescale'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', rag: 'green' }, { ref: '2', rag: 'amber' }, { ref: '3', rag: 'red' }, { ref: '4', rag: 'blue' },
    ] }] }],
    needsLook: 0,
  },
};

export const COLUMN_PLANS: CorpusPlan[] = [
  outcomesFirst, actionTaken, plainWords, emptyRag, statusWords, statusWithKey, startFinish, ragFirstLetters,
];
