/** Leads as written, refs in many forms, markers, lists inside cells, headers spelt differently per section. */
import type { CorpusPlan } from '../spec';
import { bullets, numbered } from './helpers';

const leadsAsWritten: CorpusPlan = {
  name: 'leads-as-written',
  about: 'lead cells naming organisations with "and" and "&" in them, several leads per cell, aliases ("All CCGs", "CCGs")',
  title: 'Leads',
  blocks: [
    { p: 'North Midlands justice and crisis plan' },
    { table: [
      ['No.', 'Action', 'Led by', 'Timescale'],
      ['1', 'Put liaison and diversion workers in every custody suite', 'NHS England Health and Justice – North Midlands', 'April 2017'],
      ['2', 'Agree how people in crisis are handed over at the emergency department', 'Vale A&E Delivery Board', 'June 2016'],
      ['3', 'Share the crisis plans of frequent callers with the police', 'Harbourside Police; Vale County Council', 'July 2016'],
      ['4', 'Jointly fund a crisis house', bullets('All CCGs', 'Vale County Council'), 'March 2017'],
      ['5', 'Review section 136 data together every quarter', 'CCGs / Harbourside Police', 'Quarterly'],
      ['6', 'Hold a yearly crisis care summit', 'Vale Health and Wellbeing Board\nWorking with: Vale Mind, Harbourside Samaritans and Age UK Vale', 'Annually'],
    ] },
  ],
  expect: {
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', leadText: 'NHS England Health and Justice – North Midlands', leads: ['NHS England Health and Justice – North Midlands'] },
      { ref: '2', leadText: 'Vale A&E Delivery Board', leads: ['Vale A&E Delivery Board'] },
      { ref: '3', leadText: 'Harbourside Police; Vale County Council', leads: ['Harbourside Police', 'Vale County Council'] },
      { ref: '4', leads: ['All CCGs', 'Vale County Council'] },
      { ref: '5', leads: ['CCGs', 'Harbourside Police'] },
      { ref: '6', leads: ['Vale Health and Wellbeing Board', 'Working with: Vale Mind, Harbourside Samaritans and Age UK Vale'] },
    ] }] }],
    needsLook: 0,
  },
};

const refForms: CorpusPlan = {
  name: 'ref-forms',
  about: 'refs as "1.1a", "A1", "Action 3", a number with "New" under it, "(new)" beside it; the markers become flags',
  title: 'Refs',
  blocks: [
    { p: 'Kestrel Hill concordat refresh 2017' },
    { table: [
      ['Ref', 'Action', 'Lead', 'Timescale'],
      ['1.1a', 'Extend crisis café hours to Sundays', 'Kestrel Hill Mind', 'May 2017'],
      ['1.1b', 'Add a peer worker to the crisis café', 'Kestrel Hill Mind', 'July 2017'],
      ['A1', 'Run a winter awareness campaign about the crisis line', 'Kestrel Hill CCG', 'December 2016'],
      ['Action 3', 'Review the out-of-area placements of people in crisis', 'Kestrel Hill CCG', 'March 2017'],
      ['4\nNew', 'Put a crisis worker in the student union on exam weeks', 'Kestrel Hill University', 'May 2017'],
      ['5 (new)', 'Train GP receptionists to use the crisis card', 'Kestrel Hill GP Federation', 'June 2017'],
    ] },
  ],
  expect: {
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1.1a', flags: [] },
      { ref: '1.1b' },
      { ref: 'A1' },
      { ref: 'Action 3', text: 'Review the out-of-area placements of people in crisis' },
      { ref: '4', flags: ['new'], text: 'Put a crisis worker in the student union on exam weeks' },
      { ref: '5', flags: ['new'], text: 'Train GP receptionists to use the crisis card' },
    ] }] }],
    needsLook: 0,
  },
};

const listsInCells: CorpusPlan = {
  name: 'lists-in-cells',
  about: 'numbered and bulleted lists inside cells, and numbered section headings made with list numbering',
  title: 'Lists',
  blocks: [
    { p: 'Northfield concordat: steps to deliver' },
    { p: 'Early support', list: 'number' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'Progress'],
      ['1', numbered('Agree the referral form', 'Train staff to use it', 'Audit its use after three months'), 'Northfield Trust', 'Q4 2016', bullets('Form agreed', 'Training booked')],
    ] },
    { p: 'Crisis response', list: 'number' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'Progress'],
      ['2', 'Set up a crisis text line', bullets('Northfield Trust', 'Northfield Mind'), 'Q1 2017', ''],
    ] },
  ],
  expect: {
    sections: [
      { number: '1', title: 'Early support', groups: [{ title: null, actions: [
        { ref: '1', text: '1. Agree the referral form\n2. Train staff to use it\n3. Audit its use after three months', progress: '· Form agreed\n· Training booked' },
      ] }] },
      { number: '2', title: 'Crisis response', groups: [{ title: null, actions: [{ ref: '2', leads: ['Northfield Trust', 'Northfield Mind'] }] }] },
    ],
    needsLook: 0,
  },
  differs: {
    xlsx: { sections: [
      { number: '1', title: 'Early support', groups: [{ title: null, actions: [
        { ref: '1', text: '1. Agree the referral form\n2. Train staff to use it\n3. Audit its use after three months', progress: '• Form agreed\n• Training booked' },
      ] }] },
      { number: '2', title: 'Crisis response', groups: [{ title: null, actions: [{ ref: '2', leads: ['Northfield Trust', 'Northfield Mind'] }] }] },
    ] },
  },
};

const headerVariants: CorpusPlan = {
  name: 'header-variants',
  about: 'a table per section, each with its own header row spelt differently ("UPDATE JAN 2017" / "UPDATE JANUARY 2017"); capitals headings between tables',
  title: 'Header variants',
  ragByColour: false,
  blocks: [
    { p: 'Harbourside and Vale concordat: January 2017 review' },
    { p: 'ACCESS TO SUPPORT BEFORE CRISIS' },
    { table: [
      ['No.', 'Action', 'Time-scale', 'Led By', 'UPDATE JAN 2017'],
      ['1', 'Give people on waiting lists a crisis contact while they wait', 'Ongoing', 'Vale Trust', 'Letters now include the crisis line'],
    ] },
    { p: 'URGENT AND EMERGENCY ACCESS' },
    { table: [
      ['No.', 'Action', 'Timescale', 'Led by', 'UPDATE JANUARY 2017'],
      ['2', 'Hold a monthly review of ambulance waits for people in crisis', 'Monthly', 'Harbourside Ambulance Service', 'Reviews started in November'],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'timescale', 'leads', 'progress'],
    sections: [
      { number: null, title: 'ACCESS TO SUPPORT BEFORE CRISIS', groups: [{ title: null, actions: [{ ref: '1', progress: 'Letters now include the crisis line' }] }] },
      { number: null, title: 'URGENT AND EMERGENCY ACCESS', groups: [{ title: null, actions: [{ ref: '2', progress: 'Reviews started in November' }] }] },
    ],
    needsLook: 0,
  },
};

export const LEAD_REF_PLANS: CorpusPlan[] = [leadsAsWritten, refForms, listsInCells, headerVariants];
