/**
 * A second round written blind, after the first round's fixes: a refreshed plan whose introduction numbers its
 * headings as the plan numbers its parts, a working document with "ACTION" rows under actions and a priority
 * for a ref, a delivery update whose RAG cells say the colour in a sentence, a progress update with a subtitle
 * over its one numbered part, and a table that carries its own title and key in its first rows.
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

const subtitledUpdate: CorpusPlan = {
  name: 'subtitled-update',
  about: 'a board’s name as the first line and the plan’s name with its update date under it, over one numbered part with a sub-heading row; a long progress heading and a "Red/Amber/ Green (RAG)" column of words in capitals',
  title: 'Dunmore update',
  blocks: [
    { p: 'Dunmore Health and Wellbeing Board' },
    { p: 'Dunmore Crisis Care Concordat Action Plan – Progress Update 31 October 2015' },
    { p: '1. Commissioning for early help and crisis services' },
    { table: [
      ['No.', 'Action', 'Timescale', 'Led By', 'Outcomes', 'Summary progress against actions (include outcome measures where relevant)', 'Red/Amber/ Green (RAG)'],
      [{ text: 'Knowing what people need', span: 7 }],
      ['1.', 'Review mental health services across the borough', '2014', 'Dunmore CCG', 'A clear picture of need', 'Review done and reported to the board', 'GREEN'],
      ['2.', 'Act on what the review found', '2014/2015/16', 'Dunmore CCG', 'Better access', 'Crisis hub opened in the town centre', 'AMBER'],
    ] },
  ],
  expect: {
    title: 'Dunmore Health and Wellbeing Board',
    notes: ['Dunmore Crisis Care Concordat Action Plan – Progress Update 31 October 2015'],
    columns: ['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', 'rag'],
    sections: [{ number: '1', title: 'Commissioning for early help and crisis services', groups: [{ title: 'Knowing what people need', actions: [
      { ref: '1.', due: '2014-12-31', rag: 'green', progress: 'Review done and reported to the board' },
      { ref: '2.', rag: 'amber' },
    ] }] }],
    needsLook: 0,
  },
};

const titleInTable: CorpusPlan = {
  name: 'title-in-table',
  about: 'no paragraphs at all: the table’s first rows carry the plan’s title and its key, across the table, above the headings; themes as rows',
  title: 'Ferndale',
  blocks: [
    { table: [
      [{ text: 'Ferndale crisis concordat action plan 2016', span: 5 }],
      [{ text: 'Key: R = not started, A = started, G = done', span: 5 }],
      ['Ref', 'Action', 'Owner', 'By when', 'RAG'],
      [{ text: 'Theme 1: Prevention', span: 5 }],
      ['1', 'Train GPs in crisis planning', 'Ferndale CCG', 'Sept 2016', 'G'],
      [{ text: 'Theme 2: Response', span: 5 }],
      ['2', 'Run street triage at weekends', 'Ferndale Police', 'Dec 2016', 'A'],
    ] },
  ],
  expect: {
    title: 'Ferndale crisis concordat action plan 2016',
    legend: [{ rag: 'red', meaning: 'not started' }, { rag: 'amber', meaning: 'started' }, { rag: 'green', meaning: 'done' }],
    columns: ['ref', 'text', 'leads', 'timescale', 'rag'],
    sections: [
      { number: '1', title: 'Theme 1: Prevention', groups: [{ title: null, actions: [{ ref: '1', leads: ['Ferndale CCG'], due: '2016-09-30', rag: 'green' }] }] },
      { number: '2', title: 'Theme 2: Response', groups: [{ title: null, actions: [{ ref: '2', rag: 'amber' }] }] },
    ],
    notes: [],
    needsLook: 0,
  },
};

export const SECOND_LOOK_PLANS: CorpusPlan[] = [numberedIntroduction, workingDocument, ratingSentences, subtitledUpdate, titleInTable];
