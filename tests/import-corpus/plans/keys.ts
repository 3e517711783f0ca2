/** RAG keys anywhere: a table on the first page, paragraphs after the tables, rows at the foot of the plan table. */
import { FILL, type CorpusPlan } from '../spec';
import { across, shaded } from './helpers';

const keyTableFirst: CorpusPlan = {
  name: 'key-table-first',
  about: 'a small RAG key table (colour and word) on the first page, before the plan',
  title: 'Key table first',
  ragByColour: true,
  blocks: [
    { p: 'Kestrel Vale and Northfield concordat plan' },
    { p: 'Key to ratings' },
    { table: [
      [{ text: 'Red', fill: FILL.red }, 'Not started, or at risk of not being delivered'],
      [{ text: 'Amber', fill: FILL.amber }, 'Started, with some delay'],
      [{ text: 'Green', fill: FILL.green }, 'On track'],
      [{ text: 'Blue', fill: FILL.blue }, 'Completed'],
    ] },
    { p: '1. Crisis response', style: 'Heading1' },
    { table: [
      ['Ref', 'Action', 'Lead', 'Timescale', 'Progress', 'RAG'],
      ['1.1', 'Set up a crisis response line staffed by nurses around the clock', 'Kestrel Vale Trust', 'April 2016', 'Live since April', shaded('blue')],
      ['1.2', 'Agree response times for urgent mental health referrals from GPs', 'Northfield CCG', 'October 2016', 'Draft times proposed', shaded('amber')],
    ] },
  ],
  expect: {
    title: 'Kestrel Vale and Northfield concordat plan',
    legend: [
      { rag: 'red', meaning: 'Not started, or at risk of not being delivered' },
      { rag: 'amber', meaning: 'Started, with some delay' },
      { rag: 'green', meaning: 'On track' },
      { rag: 'blue', meaning: 'Completed' },
    ],
    sections: [{ number: '1', title: 'Crisis response', groups: [{ title: null, actions: [{ ref: '1.1', rag: 'blue' }, { ref: '1.2', rag: 'amber' }] }] }],
    notes: [],
    needsLook: 0,
  },
};

const keyColourOnly: CorpusPlan = {
  name: 'key-colour-only',
  about: 'a RAG key whose colours are only cell shading beside each meaning (no colour words), after the plan',
  title: 'Colour-only key',
  ragByColour: true,
  formats: ['docx', 'xlsx'],
  blocks: [
    { p: 'Harbourside crisis plan: summary' },
    { table: [
      ['No.', 'Action', 'Lead', 'By when', 'RAG'],
      ['1', 'Agree a single crisis number for the city', 'Harbourside CCG', 'June 2016', shaded('green')],
      ['2', 'Publish the single crisis number on buses', 'Harbourside Transport', 'August 2016', shaded('red')],
    ] },
    { p: 'RAG key' },
    { table: [
      [shaded('red'), 'Off track'],
      [shaded('amber'), 'Some risk'],
      [shaded('green'), 'On track'],
    ] },
  ],
  expect: {
    legend: [{ rag: 'red', meaning: 'Off track' }, { rag: 'amber', meaning: 'Some risk' }, { rag: 'green', meaning: 'On track' }],
    sections: [{ title: '', groups: [{ title: null, actions: [{ ref: '1', rag: 'green' }, { ref: '2', rag: 'red' }] }] }],
    notes: [],
    needsLook: 0,
  },
};

const keyParagraphsLast: CorpusPlan = {
  name: 'key-paragraphs-last',
  about: 'a RAG key as paragraphs after the tables, with letters and "="',
  title: 'Key paragraphs last',
  blocks: [
    { p: 'Eastmoor concordat action plan' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'RAG'],
      ['1', 'Give every police custody suite access to a liaison and diversion nurse', 'Eastmoor Police', 'March 2017', 'A'],
      ['2', 'Publish a map of crisis services for the county', 'Eastmoor County Council', 'July 2016', 'G'],
    ] },
    { p: 'RAG rating key' },
    { p: 'R = Not on track and needs help from the board' },
    { p: 'A = Some risk, being managed' },
    { p: 'G = On track' },
    { p: 'Signed on behalf of the Eastmoor crisis concordat partners.' },
  ],
  expect: {
    legend: [
      { rag: 'red', meaning: 'Not on track and needs help from the board' },
      { rag: 'amber', meaning: 'Some risk, being managed' },
      { rag: 'green', meaning: 'On track' },
    ],
    notes: ['Signed on behalf of the Eastmoor crisis concordat partners.'],
    sections: [{ title: '', groups: [{ title: null, actions: [{ ref: '1', rag: 'amber' }, { ref: '2', rag: 'green' }] }] }],
    needsLook: 0,
  },
};

const keyRowsInTable: CorpusPlan = {
  name: 'key-rows-in-table',
  about: 'the RAG key written in the last rows of the plan table itself',
  title: 'Key rows',
  blocks: [
    { p: 'Vale crisis concordat plan 2017' },
    { table: [
      ['Ref', 'Action', 'Lead', 'Deadline', 'Update', 'RAG'],
      [across('1. Prevention', 6)],
      ['1.1', 'Offer mental health first aid courses to employers in Vale', 'Vale Public Health', 'Ongoing', 'Three courses run', 'Green'],
      ['1.2', 'Target suicide prevention work at men aged 40 to 60', 'Vale Public Health', 'March 2017', 'Campaign planned for spring', 'Amber'],
      [across('Red – behind plan', 6)],
      [across('Amber – at risk', 6)],
      [across('Green – on plan', 6)],
    ] },
  ],
  expect: {
    legend: [{ rag: 'red', meaning: 'behind plan' }, { rag: 'amber', meaning: 'at risk' }, { rag: 'green', meaning: 'on plan' }],
    sections: [{ number: '1', title: 'Prevention', groups: [{ title: null, actions: [{ ref: '1.1', rag: 'green', due: null }, { ref: '1.2', rag: 'amber' }] }] }],
    needsLook: 0,
  },
};

export const KEY_PLANS: CorpusPlan[] = [keyTableFirst, keyColourOnly, keyParagraphsLast, keyRowsInTable];
