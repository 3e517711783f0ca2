/** A plan laid out unlike the seeds, with something for every fix the preview offers; the browser test uses it. */
import { FILL, type CorpusPlan } from '../spec';
import { across, shaded } from './helpers';

export const PREVIEW_TRIAL: CorpusPlan = {
  name: 'preview-trial',
  about: 'objective rows, a row that could be read two ways, a report row, leads with two names for one organisation',
  title: 'Eastmoor and Vale crisis plan',
  ragByColour: true,
  blocks: [
    { p: 'Eastmoor and Vale crisis plan 2017', style: 'Title' },
    { table: [
      ['Ref', 'What we will do', 'Lead agency', 'Deadline', 'Expected outcome', 'Notes', 'RAG'],
      [across('Objective 1 – Help before a crisis', 7, FILL.grey)],
      ['1.1', 'Publish a single list of evening and weekend support', 'CCGs', 'May 2017', 'People know where to go', 'Draft with the printers', shaded('green')],
      ['1.2', 'Give every practice a named crisis contact', 'All CCGs', 'July 2017', 'Quicker referrals', 'Eleven of twenty practices named', shaded('amber')],
      ['', 'Funding for the second year agreed in March', '', '', '', '', ''],
      [across('Objective 2 – A fast response', 7, FILL.grey)],
      ['2.1', 'Run joint police and nurse patrols on Friday nights', 'Vale Police and Vale Fire', 'June 2017', 'Fewer detentions', 'Patrols began in April', shaded('green')],
      ['2.2', 'Agree how ambulance crews hand over to the crisis team', 'Eastmoor Ambulance Service', 'September 2017', 'Handover within one hour'],
      [across('Getting there', 7)],
      ['2.3', 'Fund taxis to the place of safety when no ambulance is free', 'Eastmoor CCG', 'October 2017', 'No one waits in a cell', 'Quote obtained', shaded('red')],
    ] },
  ],
  formats: ['docx'],
  expect: {
    title: 'Eastmoor and Vale crisis plan 2017',
    columns: ['ref', 'text', 'leads', 'timescale', 'outcomes', 'progress', 'rag'],
    sections: [
      { number: '1', title: 'Objective 1 – Help before a crisis', groups: [{ title: null, actions: [
        { ref: '1.1', leads: ['CCGs'], rag: 'green' },
        { ref: '1.2', leads: ['All CCGs'], text: 'Give every practice a named crisis contact\nFunding for the second year agreed in March' },
      ] }] },
      { number: '2', title: 'Objective 2 – A fast response', groups: [
        { title: null, actions: [
          { ref: '2.1', leads: ['Vale Police and Vale Fire'] },
          { ref: '2.2', outcomes: 'Handover within one hour', progress: '' },
        ] },
        { title: 'Getting there', actions: [{ ref: '2.3', rag: 'red' }] },
      ] },
    ],
    needsLook: 1,
  },
};
