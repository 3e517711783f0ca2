/**
 * A second round written blind, after the first round's fixes: a refreshed plan whose introduction numbers its
 * headings as the plan numbers its parts, a working document with "ACTION" rows under actions and a priority
 * for a ref, and a delivery update whose RAG cells say the colour in a sentence.
 */
import { FILL, type CorpusPlan } from '../spec';
import { bullets, shaded } from './helpers';

const numberedIntroduction: CorpusPlan = {
  name: 'numbered-introduction',
  about: 'a "REFRESHED" banner, a members table of organisations, an introduction numbered 1. 2. in bold paragraphs, then the plan’s parts numbered 1. 2. again, each with an "I" statement',
  title: 'Redmarsh refreshed plan',
  ragByColour: true,
  blocks: [
    { p: 'REFRESHED – REFRESHED – REFRESHED', bold: true },
    { p: 'Redmarsh and Fenby Mental Health Crisis Care Concordat: local action plan', style: 'Title' },
    { p: 'Members of the concordat:' },
    { table: [
      ['Redmarsh Clinical Commissioning Group (CCG) / Fenby CCG', 'Fenby Ambulance Service NHS Trust'],
      [bullets('Redmarsh Borough Council', 'Fenby District Council'), 'Redmarsh Police / Police and Crime Commissioner'],
    ] },
    { p: '1. Overview and background', bold: true },
    { p: 'The partners signed the local declaration in December 2014 and agreed this plan in March 2015.' },
    { p: '2. Governance', bold: true },
    { p: 'The plan is owned by the Redmarsh and Fenby mental health partnership board, which reviews it every quarter.' },
    { p: '1. Access to support before crisis point', bold: true },
    { p: '“I can get help quickly, at any time of day.”', italic: true },
    { table: [
      ['No.', 'Action', 'Timescale', 'Led By', 'Outcomes', 'Progress', 'RAG'],
      ['1.1', 'Open the crisis line to self-referrals', 'April 2015', 'Fenby Mental Health Trust', 'No wrong door', 'Open since April', shaded('green')],
      ['1.2', 'Give the 111 service a direct route to the crisis team', 'September 2015', 'Redmarsh CCG', 'Fewer people sent to A&E', 'Route agreed; go-live in October', shaded('amber')],
    ] },
    { p: '2. Urgent and emergency access to crisis care', bold: true },
    { p: '“When I am in crisis I am seen as quickly as anyone else.”', italic: true },
    { table: [
      ['No.', 'Action', 'Timescale', 'Led By', 'Outcomes', 'Progress', 'RAG'],
      ['2.1', 'Stop using police cells as a place of safety for under-18s', 'Immediately', 'Redmarsh Police', 'No child held in a cell', 'None held since January', shaded('blue')],
    ] },
  ],
  expect: {
    title: 'Redmarsh and Fenby Mental Health Crisis Care Concordat: local action plan',
    columns: ['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', 'rag'],
    sections: [
      { number: '1', title: 'Access to support before crisis point', groups: [{ title: null, actions: [
        { ref: '1.1', leads: ['Fenby Mental Health Trust'], rag: 'green' },
        { ref: '1.2', due: '2015-09-30', rag: 'amber' },
      ] }] },
      { number: '2', title: 'Urgent and emergency access to crisis care', groups: [{ title: null, actions: [{ ref: '2.1', rag: 'blue', due: null }] }] },
    ],
    notes: [
      'REFRESHED – REFRESHED – REFRESHED',
      'Members of the concordat:',
      'Redmarsh Clinical Commissioning Group (CCG) / Fenby CCG\nFenby Ambulance Service NHS Trust',
      '· Redmarsh Borough Council\n· Fenby District Council\nRedmarsh Police / Police and Crime Commissioner',
      '1. Overview and background',
      'The partners signed the local declaration in December 2014 and agreed this plan in March 2015.',
      '2. Governance',
      'The plan is owned by the Redmarsh and Fenby mental health partnership board, which reviews it every quarter.',
      '“I can get help quickly, at any time of day.”',
      '“When I am in crisis I am seen as quickly as anyone else.”',
    ],
    needsLook: 0,
  },
  // A sheet and a text export type the bullets in: "• " in a cell, "· " in Word's text.
  differs: {
    xlsx: { notes: undefined },
  },
};

const workingDocument: CorpusPlan = {
  name: 'working-document',
  about: 'a meeting’s working copy: under some actions an "ACTION" row (a label, a note of what was agreed, then the update across the rest), and a priority written where the ref goes',
  title: 'Wendover working document',
  blocks: [
    { p: 'Wendover crisis care action plan – working document for the meeting of 12 November' },
    { p: '1. Access to support before crisis point' },
    { table: [
      ['No.', 'Action', 'Timescale', 'Led By', 'Outcomes'],
      ['5', 'Bring mental health into the five locality teams for all ages', '2015/16', 'Wendover Trust and partners', 'One front door for people and families'],
      ['ACTION', 'Set as priority 5', { text: 'The locality teams are led by the community trust; two of three teams now share a base', span: 3 }],
      ['Priority 3', 'Write joint training for staff of all agencies', '2015/16', 'Wendover Trust, Wendover Council, Wendover Police', 'Staff know each other’s roles'],
      ['ACTION', 'Set as priority 3', { text: 'A first joint session ran in October; more are planned', span: 3 }],
      ['6', 'Review how carers are told about crisis support', 'March 2016', 'Wendover Carers Centre', 'Carers know who to call'],
    ] },
  ],
  expect: {
    title: 'Wendover crisis care action plan – working document for the meeting of 12 November',
    sections: [{ number: '1', title: 'Access to support before crisis point', groups: [{ title: null, actions: [
      { ref: '5', progress: 'ACTION: Set as priority 5\nThe locality teams are led by the community trust; two of three teams now share a base', due: '2016-03-31' },
      { ref: 'Priority 3', text: 'Write joint training for staff of all agencies', leads: ['Wendover Trust', 'Wendover Council', 'Wendover Police'],
        progress: 'ACTION: Set as priority 3\nA first joint session ran in October; more are planned' },
      { ref: '6', progress: '' },
    ] }] }],
    needsLook: 0,
  },
};

const ratingSentences: CorpusPlan = {
  name: 'rating-sentences',
  about: 'a delivery update under a caption and an objective heading; refs "Action1"; action cells holding milestones beneath; RAG cells that say the colour in a sentence, one of them a new action',
  title: 'Carrow delivery update',
  blocks: [
    { p: 'Delivering the crisis concordat: Carrow delivery update, March 2016', style: 'Title' },
    { p: 'Programme objectives – actions, milestones and progress', bold: true },
    { p: 'Objective 1 – Partnerships and governance that deliver', style: 'Heading2' },
    { table: [
      ['Ref', 'Actions and milestones', 'By when', 'Lead', 'RAG'],
      ['Action1', { text: ['Review the partnership’s terms of reference', 'Milestone: draft to the board in May'] }, 'June 2016', 'Carrow CCG', 'Green – on track'],
      ['Action2', { text: ['Set up a lived experience panel', 'Milestone: first meeting'] }, 'September 2016', 'Carrow Mind', 'New action for 16/17 – red as not commenced'],
      ['Action3', 'Publish a yearly report on crisis care', 'March 2017', 'Carrow CCG', { text: 'Amber (draft late)', fill: FILL.amber }],
    ] },
  ],
  expect: {
    title: 'Delivering the crisis concordat: Carrow delivery update, March 2016',
    sections: [{ number: '1', title: 'Objective 1 – Partnerships and governance that deliver', groups: [{ title: null, actions: [
      { ref: 'Action1', text: 'Review the partnership’s terms of reference\nMilestone: draft to the board in May', rag: 'green', progress: 'Green – on track' },
      { ref: 'Action2', rag: 'red', flags: ['new'], progress: 'New action for 16/17 – red as not commenced' },
      { ref: 'Action3', rag: 'amber', progress: 'Amber (draft late)' },
    ] }] }],
    notes: ['Programme objectives – actions, milestones and progress'],
    needsLook: 0,
  },
};

export const SECOND_LOOK_PLANS: CorpusPlan[] = [numberedIntroduction, workingDocument, ratingSentences];
