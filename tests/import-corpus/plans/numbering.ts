/**
 * Numbering the way authors number: lettered parts ("A.", "B.") with three-level refs ("A.1.2") and sub-heading
 * rows numbered "A.1", roman numerals without a dot; and rows under an action that report on it, labelled with a
 * dated progress note or "Next steps". Written blind, as published plans are laid out.
 */
import type { CorpusPlan } from '../spec';
import { across } from './helpers';

const letteredParts: CorpusPlan = {
  name: 'lettered-parts',
  about: 'parts lettered "A." and "B." as Heading 1, sub-heading rows numbered "A.1", three-level refs ("A.1.2") in one part and roman numerals without a dot in the other',
  title: 'Kingsholme plan',
  blocks: [
    { p: 'Kingsholme crisis concordat action plan' },
    { p: 'A. Before a crisis', style: 'Heading1' },
    { table: [
      ['Ref', 'Action', 'Who', 'When', 'Outcome'],
      [across('A.1 In general practice', 5)],
      ['A.1.1', 'Give practices a one-page guide to the crisis pathway', 'Kingsholme CCG', 'July 2016', 'GPs refer to the right team first time'],
      ['A.1.2', 'Hold a crisis care learning session for practice nurses', 'Kingsholme CCG', 'October 2016', 'Nurses feel able to ask about suicide'],
      [across('A.2 In the community', 5)],
      ['A.2.1', 'Fund a crisis café run by volunteers with lived experience', 'Kingsholme Council', 'January 2017', 'Somewhere to go in the evening'],
    ] },
    { p: 'B. During a crisis', style: 'Heading1' },
    { table: [
      ['Ref', 'Action', 'Who', 'When', 'Outcome'],
      ['i', 'Answer every police call to the crisis line within five minutes', 'Kingsholme Trust', 'April 2016', 'Officers get advice on the spot'],
      ['ii', 'Stop using police cells as a place of safety for adults', 'Kingsholme Police', 'March 2017', 'No adult held in a cell under section 136'],
      ['iii', 'Write a joint protocol for people who are drunk and in crisis', 'Kingsholme Trust and Kingsholme Police', 'June 2016', 'No one turned away for being drunk'],
      ['iv', 'Report section 136 detentions to the partnership each quarter', 'Kingsholme Police', 'Quarterly', 'Partners see the trend'],
    ] },
  ],
  expect: {
    title: 'Kingsholme crisis concordat action plan',
    columns: ['ref', 'text', 'leads', 'timescale', 'outcomes'],
    sections: [
      { number: 'A', title: 'Before a crisis', groups: [
        { title: 'A.1 In general practice', actions: [
          { ref: 'A.1.1', leads: ['Kingsholme CCG'], outcomes: 'GPs refer to the right team first time' },
          { ref: 'A.1.2', due: '2016-10-31' },
        ] },
        { title: 'A.2 In the community', actions: [{ ref: 'A.2.1', leads: ['Kingsholme Council'] }] },
      ] },
      { number: 'B', title: 'During a crisis', groups: [{ title: null, actions: [
        { ref: 'i', text: 'Answer every police call to the crisis line within five minutes', leads: ['Kingsholme Trust'] },
        { ref: 'ii', due: '2017-03-31' },
        { ref: 'iii', leads: ['Kingsholme Trust and Kingsholme Police'] },
        { ref: 'iv', due: null, outcomes: 'Partners see the trend' },
      ] }] },
    ],
    needsLook: 0,
  },
};

const progressRows: CorpusPlan = {
  name: 'progress-rows',
  about: 'rows under an action that report on it: "Progress at 30/09/16" (a date with a two-digit year) and "Next steps", each a label and its text across the row',
  title: 'Tillingham plan',
  blocks: [
    { p: 'Tillingham crisis care action plan with half-year progress' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'Outcome'],
      ['1', 'Open the crisis line to carers as well as patients', 'Tillingham Trust', 'September 2016', 'Carers can get advice at night'],
      ['Progress at 30/09/16', { text: 'Line opened to carers in August; twelve carers called in the first month', span: 4 }],
      ['Next steps', { text: 'Tell carers’ groups about the change', span: 4 }],
      ['2', 'Set up a weekly meeting on people who often attend A&E in crisis', 'Tillingham Hospital', 'December 2016', 'A plan for each frequent attender'],
      ['Progress at 30/09/16', { text: 'First meeting held; eight people discussed', span: 4 }],
      ['3', 'Review the place of safety after its first year', 'Tillingham CCG', 'March 2017', 'Changes agreed from the review'],
    ] },
  ],
  expect: {
    title: 'Tillingham crisis care action plan with half-year progress',
    columns: ['ref', 'text', 'leads', 'timescale', 'outcomes', 'progress'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', outcomes: 'Carers can get advice at night', progress: 'Next steps: Tell carers’ groups about the change',
        updates: [{ date: '2016-09-30', text: 'Line opened to carers in August; twelve carers called in the first month' }] },
      { ref: '2', progress: '', updates: [{ date: '2016-09-30', text: 'First meeting held; eight people discussed' }] },
      { ref: '3', updates: [] },
    ] }] }],
    needsLook: 0,
  },
};

export const NUMBERING_PLANS: CorpusPlan[] = [letteredParts, progressRows];
