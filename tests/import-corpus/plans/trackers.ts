/**
 * Trackers, as partnerships keep them once a plan is running: a landscape grid with the objective merged down its
 * first column and an update column per quarter; a status column beside a RAG column with dates written every
 * way; a workbook with a header block and a sheet per objective; the same tracker saved as CSV; the national
 * signatories' layout. Written blind, as published plans are laid out.
 */
import { FILL, type CellSpec, type CorpusPlan } from '../spec';
import { across } from './helpers';

const objective = (text: string): CellSpec => ({ text, vmerge: 'restart' });
const below: CellSpec = { text: '', vmerge: 'continue' };

const quarterlyTracker: CorpusPlan = {
  name: 'quarterly-tracker',
  about: 'eleven columns: the objective merged down the first column, a baseline, and an update column per quarter of which the last is still empty',
  title: 'Larkhill quarterly tracker',
  blocks: [
    { p: 'Larkhill and Rye crisis concordat tracker 2016/17' },
    { table: [
      ['Objective', 'No.', 'Action', 'Lead', 'Target date', 'Baseline', 'Q1 update (Apr–Jun)', 'Q2 update (Jul–Sep)', 'Q3 update (Oct–Dec)', 'Q4 update (Jan–Mar)', 'RAG'],
      [objective('Help before a crisis'), '1', 'Offer a same-week appointment to anyone a GP refers in distress', 'Larkhill CCG', 'September 2016', 'Three-week wait', 'Pathway drafted', 'Pathway agreed by GPs', 'Same-week slots offered since October', '', 'Green'],
      [below, '2', 'Train library and job centre staff to spot someone in crisis', 'Rye District Council', 'December 2016', 'No training', 'Course bought', 'Forty staff trained', 'Ninety staff trained', '', 'Green'],
      [objective('Urgent care that works'), '3', 'Keep a crisis bed free for the police to use at night', 'Larkhill and Rye Trust', 'January 2017', 'No bed held', 'Costed', 'Bid to the CCG', 'Bid turned down; looking at other funds', '', 'Red'],
      [below, '4', 'Get the ambulance to a section 136 within thirty minutes', 'Southern Ambulance Service', 'March 2017', 'Median 74 minutes', 'Audit begun', 'Median 52 minutes', '', '', 'Amber'],
      [objective('Staying well'), '5', 'Give people leaving hospital a named worker for six weeks', 'Larkhill and Rye Trust', 'March 2017', 'None', 'Model agreed', 'Two workers recruited', 'Service started in November', '', 'Green'],
    ] },
  ],
  expect: {
    title: 'Larkhill and Rye crisis concordat tracker 2016/17',
    columns: ['ref', 'text', 'leads', 'timescale', 'custom:Baseline', 'custom:Q1 update (Apr–Jun)', 'custom:Q2 update (Jul–Sep)', 'progress', 'custom:Q4 update (Jan–Mar)', 'rag'],
    sections: [
      { number: null, title: 'Help before a crisis', groups: [{ title: null, actions: [
        { ref: '1', leads: ['Larkhill CCG'], progress: 'Same-week slots offered since October', rag: 'green',
          custom: { Baseline: 'Three-week wait', 'Q1 update (Apr–Jun)': 'Pathway drafted', 'Q2 update (Jul–Sep)': 'Pathway agreed by GPs' } },
        { ref: '2', progress: 'Ninety staff trained' },
      ] }] },
      { number: null, title: 'Urgent care that works', groups: [{ title: null, actions: [
        { ref: '3', rag: 'red' },
        { ref: '4', progress: '', custom: { Baseline: 'Median 74 minutes', 'Q1 update (Apr–Jun)': 'Audit begun', 'Q2 update (Jul–Sep)': 'Median 52 minutes' } },
      ] }] },
      { number: null, title: 'Staying well', groups: [{ title: null, actions: [{ ref: '5', due: '2017-03-31' }] }] },
    ],
    needsLook: 0,
  },
};

const statusAndRag: CorpusPlan = {
  name: 'status-and-rag',
  about: 'a Status column of words beside a RAG column of letters and two-colour ratings; dates as "31/03/17", "Mar-17", "Q3 2016/17", "End of Q2 17/18", "Ongoing"',
  title: 'Redbrook status and RAG',
  blocks: [
    { p: 'Redbrook crisis care plan – progress report, January 2017' },
    { table: [
      ['Ref', 'Action', 'Responsible', 'Deadline', 'Status', 'RAG', 'Comments'],
      ['1', 'Agree one referral form for all crisis services', 'Redbrook CCG', '31/03/17', 'In progress', 'A', 'Form drafted; two services still to agree'],
      ['2', 'Put a crisis worker in the custody suite on weekday evenings', 'Redbrook Police', 'Mar-17', 'Complete', 'B', 'Worker in post since December'],
      ['3', 'Survey people who used the crisis team about their care', 'Redbrook Healthwatch', 'Q3 2016/17', 'Delayed', 'A/G', 'Survey closes a month late'],
      ['4', 'Review every death by suicide of someone known to services', 'Redbrook Public Health', 'Ongoing', 'Ongoing', 'G', 'Reviews held each quarter'],
      ['5', 'Open a second crisis café in the east of the borough', 'Redbrook Mind', 'End of Q2 17/18', 'Not yet started', 'R', 'Waiting for a building'],
    ] },
  ],
  expect: {
    title: 'Redbrook crisis care plan – progress report, January 2017',
    columns: ['ref', 'text', 'leads', 'timescale', 'custom:Status', 'rag', 'progress'],
    sections: [{ title: '', groups: [{ title: null, actions: [
      { ref: '1', timescale: '31/03/17', due: '2017-03-31', rag: 'amber', custom: { Status: 'In progress' }, progress: 'Form drafted; two services still to agree' },
      { ref: '2', due: '2017-03-31', rag: 'blue', custom: { Status: 'Complete' } },
      { ref: '3', due: '2016-12-31', rag: 'amber', custom: { Status: 'Delayed' }, progress: 'Survey closes a month late\nA/G' },
      { ref: '4', due: null, rag: 'green', custom: { Status: 'Ongoing' } },
      { ref: '5', due: '2017-09-30', rag: 'red', custom: { Status: 'Not yet started' } },
    ] }] }],
    needsLook: 0,
  },
};

const header = ['Ref', 'Action', 'Row ID', 'Lead', 'Due', 'Notes', 'Latest update', 'RAG'];
const rag = (letter: 'R' | 'A' | 'G' | 'B'): CellSpec => ({ text: letter, fill: { R: FILL.red, A: FILL.amber, G: FILL.green, B: FILL.blue }[letter] });

const trackerSheets: CorpusPlan = {
  name: 'tracker-sheets',
  about: 'a workbook with a read-me sheet (notes and a colour key), then a sheet per objective, each with a title, a "last reviewed" line and a blank row above the column headings, a hidden column and an empty one',
  title: 'Stanmoor tracker',
  formats: ['xlsx'],
  blocks: [
    { sheet: 'Read me' },
    { p: 'Stanmoor crisis concordat tracker' },
    { p: 'Leads update their rows before each partnership meeting. Do not change the Row ID column.' },
    { table: [
      [{ text: 'R', fill: FILL.red }, 'Not started or off track'],
      [{ text: 'A', fill: FILL.amber }, 'Started, some slippage'],
      [{ text: 'G', fill: FILL.green }, 'On track'],
      [{ text: 'B', fill: FILL.blue }, 'Complete'],
    ] },
    { sheet: 'Obj 1', hiddenColumns: [3] },
    { table: [
      ['Objective 1 – Help before crisis point'],
      ['Lead: Stanmoor CCG', 'Last reviewed: 14/02/2017'],
    ] },
    { table: [
      header,
      ['1.1', 'Send a crisis line leaflet with every repeat prescription for anxiety or depression', 'S-101', 'Stanmoor CCG', 'June 2017', '', 'Leaflet with the printers', rag('A')],
      ['1.2', 'Ask every housing officer to do a short suicide awareness course', 'S-102', 'Stanmoor Homes', 'March 2017', '', 'Thirty of forty officers done', rag('G')],
    ] },
    { sheet: 'Obj 2', hiddenColumns: [3] },
    { table: [
      ['Objective 2 – Urgent and emergency care'],
      ['Lead: Stanmoor Trust', 'Last reviewed: 14/02/2017'],
    ] },
    { table: [
      header,
      ['2.1', 'Staff the place of safety so the police can leave within an hour', 'S-201', 'Stanmoor Trust', 'April 2017', '', 'Rota agreed from April', rag('G')],
      ['2.2', 'Give the crisis team access to the GP record', 'S-202', 'Stanmoor CCG', 'December 2016', '', 'Access in place since November', rag('B')],
    ] },
  ],
  expect: {
    title: 'Stanmoor crisis concordat tracker',
    legend: [
      { rag: 'red', meaning: 'Not started or off track' },
      { rag: 'amber', meaning: 'Started, some slippage' },
      { rag: 'green', meaning: 'On track' },
      { rag: 'blue', meaning: 'Complete' },
    ],
    columns: ['ref', 'text', 'custom:Row ID', 'leads', 'timescale', 'custom:Notes', 'progress', 'rag'],
    sections: [
      { number: '1', title: 'Objective 1 – Help before crisis point', groups: [{ title: null, actions: [
        { ref: '1.1', leads: ['Stanmoor CCG'], due: '2017-06-30', progress: 'Leaflet with the printers', rag: 'amber', custom: { 'Row ID': 'S-101' } },
        { ref: '1.2', leads: ['Stanmoor Homes'], rag: 'green' },
      ] }] },
      { number: '2', title: 'Objective 2 – Urgent and emergency care', groups: [{ title: null, actions: [
        { ref: '2.1', rag: 'green' },
        { ref: '2.2', rag: 'blue', progress: 'Access in place since November' },
      ] }] },
    ],
    notes: [
      'Leads update their rows before each partnership meeting. Do not change the Row ID column.',
      'Lead: Stanmoor CCG\nLast reviewed: 14/02/2017',
      'Lead: Stanmoor Trust\nLast reviewed: 14/02/2017',
    ],
    needsLook: 0,
  },
};

const trackerCsv: CorpusPlan = {
  name: 'tracker-csv',
  about: 'a tracker saved as CSV: title lines above the headings, the objective written on every row, a percentage and a status column, the date of the latest update',
  title: 'Westerdale tracker',
  formats: ['csv'],
  blocks: [
    { p: 'Westerdale crisis concordat action tracker' },
    { p: 'Exported 3 April 2017' },
    { table: [
      ['Objective', 'Action ref', 'Action', 'Lead agency', 'Due date', '% complete', 'Status', 'Latest update', 'Date of update'],
      ['Prevention', 'P1', 'Run suicide prevention training for taxi drivers', 'Westerdale Council', 'June 2017', '40%', 'On track', 'Two of five sessions run', '20/03/2017'],
      ['Prevention', 'P2', 'Add a crisis page to the council website, in plain words', 'Westerdale Council', 'January 2017', '100%', 'Complete', 'Page live, checked by the reader panel', '02/02/2017'],
      ['Crisis response', 'C1', 'Have a mental health nurse in the police control room every evening', 'Westerdale Police, Westerdale Trust', 'September 2017', '10%', 'Delayed', 'Funding agreed, post not yet filled', '15/03/2017'],
      ['Crisis response', 'C2', 'Agree how long an ambulance may take to a mental health call', 'Dales Ambulance Service', 'May 2017', '0%', 'Not started', '', ''],
    ] },
  ],
  expect: {
    title: 'Westerdale crisis concordat action tracker',
    columns: ['ref', 'text', 'leads', 'timescale', 'custom:% complete', 'custom:Status', 'rag', 'progress', 'custom:Date of update'],
    sections: [
      { number: null, title: 'Prevention', groups: [{ title: null, actions: [
        { ref: 'P1', leads: ['Westerdale Council'], rag: 'green', custom: { '% complete': '40%', Status: 'On track', 'Date of update': '20/03/2017' }, progress: 'Two of five sessions run' },
        { ref: 'P2', rag: 'blue' },
      ] }] },
      { number: null, title: 'Crisis response', groups: [{ title: null, actions: [
        { ref: 'C1', leadText: 'Westerdale Police, Westerdale Trust', leads: ['Westerdale Police', 'Westerdale Trust'], rag: 'amber' },
        { ref: 'C2', rag: 'red', progress: '' },
      ] }] },
    ],
    notes: ['Exported 3 April 2017'],
    needsLook: 0,
  },
};

const nationalStyle: CorpusPlan = {
  name: 'national-style',
  about: 'the national signatories’ layout: "Action ref. no.", start and finish dates, "Highlights and achievements", a Status column in capitals; lead cells with one organisation a line; section rows numbered with the concordat’s themes',
  title: 'National-style progress report',
  blocks: [
    { p: 'Progress against the concordat: actions of the regional partners' },
    { table: [
      ['Action ref. no.', 'Action text from the concordat', 'Start date', 'Finish date', 'Lead organisation', 'Highlights and achievements', 'Status'],
      [across('1. Commissioning for earlier help and responsive crisis services', 7)],
      ['1.1', 'Share examples of good needs assessments for crisis care between areas', 'April 2015', 'Within the yearly commissioning round\nOngoing', 'Regional Councils Network\nRegional Directors of Adult Care', 'A workshop in March drew thirty areas; the examples are online', 'COMPLETE'],
      ['1.2', 'Build a simple way for forces to count calls about mental health', 'May 2015', 'March 2016', 'Regional Policing Board\n(with the Police College)', 'Counting rules were tested in four forces and will go into the yearly return', 'ON TRACK'],
      [across('2. Access to support before crisis point', 7)],
      ['2.1', 'Publish advice for GPs on urgent referral when someone is at risk', 'June 2015', 'December 2015', 'Regional GP Faculty', '', 'NOT STARTED'],
      ['2.2', 'Ask every area to show how it answers calls out of hours', 'September 2015', 'June 2016', 'Regional NHS Office', 'Nineteen of twenty-two areas have replied', 'PARTIALLY COMPLETE'],
    ] },
  ],
  expect: {
    title: 'Progress against the concordat: actions of the regional partners',
    columns: ['ref', 'text', 'custom:Start date', 'timescale', 'leads', 'progress', 'custom:Status', 'rag'],
    sections: [
      { number: '1', title: 'Commissioning for earlier help and responsive crisis services', groups: [{ title: null, actions: [
        { ref: '1.1', timescale: 'Within the yearly commissioning round\nOngoing', due: null, leads: ['Regional Councils Network', 'Regional Directors of Adult Care'],
          rag: 'blue', custom: { 'Start date': 'April 2015', Status: 'COMPLETE' } },
        { ref: '1.2', leads: ['Regional Policing Board (with the Police College)'], due: '2016-03-31', rag: 'green' },
      ] }] },
      { number: '2', title: 'Access to support before crisis point', groups: [{ title: null, actions: [
        { ref: '2.1', rag: 'red', progress: '' },
        { ref: '2.2', rag: 'amber', custom: { 'Start date': 'September 2015', Status: 'PARTIALLY COMPLETE' } },
      ] }] },
    ],
    needsLook: 0,
  },
};

export const TRACKER_PLANS: CorpusPlan[] = [quarterlyTracker, statusAndRag, trackerSheets, trackerCsv, nationalStyle];
