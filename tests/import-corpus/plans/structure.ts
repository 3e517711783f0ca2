/** Structure as the document gives it: sections from rows, paragraphs, keywords, capitals, or nothing at all. */
import { FILL, type CorpusPlan } from '../spec';
import { across, shaded } from './helpers';

const objectiveRows: CorpusPlan = {
  name: 'objective-rows',
  about: 'one long table; "Objective N – …" as shaded full-width rows; plain full-width rows as sub-headings; RAG as colour',
  title: 'Kestrel Vale crisis care action plan 2016/17',
  ragByColour: true,
  blocks: [
    { p: 'Kestrel Vale crisis care action plan 2016/17', style: 'Title' },
    { table: [
      ['Ref', 'What we will do', 'By when', 'Lead agency', 'Progress update', 'RAG'],
      [across('Objective 1 – People know where to turn before a crisis', 6, FILL.grey)],
      ['1.1', 'Publish one directory of out-of-hours mental health support', 'June 2016', 'Kestrel Vale CCG', 'Directory drafted; the council has agreed to print it', shaded('green')],
      ['1.2', 'Train reception staff in GP surgeries to signpost people in distress', 'September 2016', 'Vale Primary Care Network', 'Two of the nine practices have been trained', shaded('amber')],
      [across('Objective 2 – A fast response when a crisis comes', 6, FILL.grey)],
      [across('Street triage', 6)],
      ['2.1', 'Run the street triage car on weekend nights as well as weekdays', 'March 2017', 'Harbourside Police', 'A funding bid went in during May', shaded('red')],
      [across('Places of safety', 6)],
      ['2.2', 'Open a second health-based place of safety at Eastmoor Hospital', 'December 2016', 'Eastmoor Mental Health Trust', 'Site chosen; building work starts in August', shaded('green')],
      [across('Objective 3 – Recovery and staying well', 6, FILL.grey)],
      ['3.1', 'Start a peer support group for people leaving the crisis team', 'April 2017', 'Vale Mind', '', ''],
    ] },
  ],
  expect: {
    title: 'Kestrel Vale crisis care action plan 2016/17',
    columns: ['ref', 'text', 'timescale', 'leads', 'progress', 'rag'],
    sections: [
      { number: '1', title: 'Objective 1 – People know where to turn before a crisis', groups: [{ title: null, actions: [
        { ref: '1.1', text: 'Publish one directory of out-of-hours mental health support', timescale: 'June 2016', due: '2016-06-30',
          leads: ['Kestrel Vale CCG'], progress: 'Directory drafted; the council has agreed to print it', rag: 'green' },
        { ref: '1.2', leads: ['Vale Primary Care Network'], rag: 'amber' },
      ] }] },
      { number: '2', title: 'Objective 2 – A fast response when a crisis comes', groups: [
        { title: 'Street triage', actions: [{ ref: '2.1', rag: 'red', leads: ['Harbourside Police'] }] },
        { title: 'Places of safety', actions: [{ ref: '2.2', rag: 'green', due: '2016-12-31' }] },
      ] },
      { number: '3', title: 'Objective 3 – Recovery and staying well', groups: [{ title: null, actions: [{ ref: '3.1', rag: null, progress: '' }] }] },
    ],
    needsLook: 0,
  },
};

const priorityParagraphs: CorpusPlan = {
  name: 'priority-paragraphs',
  about: 'headings outside the tables ("Priority N: …" styled Heading 1), one table per priority, the header spelt two ways',
  title: 'Northfield and Eastmoor Concordat plan',
  ragByColour: true,
  blocks: [
    { p: 'Northfield and Eastmoor Concordat plan', style: 'Title' },
    { p: 'Priority 1: Early help in the community', style: 'Heading1' },
    { table: [
      ['No.', 'Action', 'Lead organisation', 'Timescale', 'Update', 'RAG'],
      ['1', 'Fund a crisis café in Northfield town centre, open four evenings a week', 'Northfield Borough Council', 'October 2016', 'Café opened on 3 October', shaded('blue')],
      ['2', 'Give community pharmacists a short guide to local crisis services', 'Local Pharmaceutical Committee', 'Q3 2016', 'Guide written, not yet sent out', shaded('amber')],
    ] },
    { p: 'Priority 2: Urgent care that works for everyone', style: 'Heading1' },
    { table: [
      ['No.', 'Action', 'Lead organisations', 'Timescale', 'Update', 'RAG'],
      ['3', 'Agree how the ambulance service passes people in crisis to the mental health team', 'Eastmoor Ambulance Service / Eastmoor Trust', 'January 2017', 'Protocol drafted and out for comment', shaded('green')],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'leads', 'timescale', 'progress', 'rag'],
    sections: [
      { number: '1', title: 'Priority 1: Early help in the community', groups: [{ title: null, actions: [
        { ref: '1', leads: ['Northfield Borough Council'], due: '2016-10-31', progress: 'Café opened on 3 October', rag: 'blue' },
        { ref: '2', due: '2016-09-30', rag: 'amber' },
      ] }] },
      { number: '2', title: 'Priority 2: Urgent care that works for everyone', groups: [{ title: null, actions: [
        { ref: '3', leadText: 'Eastmoor Ambulance Service / Eastmoor Trust', leads: ['Eastmoor Ambulance Service', 'Eastmoor Trust'], rag: 'green' },
      ] }] },
    ],
    needsLook: 0,
  },
};

const workstreamCells: CorpusPlan = {
  name: 'workstream-cells',
  about: 'repeated "Workstream N" rows whose name sits in the next cell (not merged); refs like W1.2',
  title: 'Harbourside workstreams',
  blocks: [
    { p: 'Harbourside mental health crisis workstreams' },
    { table: [
      ['Ref', 'Action', 'Owner', 'Deadline', 'Comments'],
      ['Workstream 1', 'Commissioning and governance', '', '', ''],
      ['W1.1', 'Set up a crisis care partnership board that meets every quarter', 'Harbourside CCG', 'May 2016', 'First meeting held on 12 May'],
      ['W1.2', 'Agree a shared budget line for out-of-hours crisis support', 'Harbourside CCG and Harbourside City Council', 'March 2017', ''],
      ['Workstream 2', 'Children and young people', '', '', ''],
      ['W2.1', 'Offer a same-day assessment to any young person seen in A&E after self-harm', 'Harbourside Children’s Services', 'September 2016', 'Pilot running at the General'],
    ] },
  ],
  expect: {
    title: 'Harbourside mental health crisis workstreams',
    columns: ['ref', 'text', 'leads', 'timescale', 'progress'],
    sections: [
      { number: '1', title: 'Workstream 1 – Commissioning and governance', groups: [{ title: null, actions: [
        { ref: 'W1.1', leads: ['Harbourside CCG'], due: '2016-05-31', progress: 'First meeting held on 12 May' },
        { ref: 'W1.2', leadText: 'Harbourside CCG and Harbourside City Council', leads: ['Harbourside CCG and Harbourside City Council'] },
      ] }] },
      { number: '2', title: 'Workstream 2 – Children and young people', groups: [{ title: null, actions: [
        { ref: 'W2.1', leads: ['Harbourside Children’s Services'] },
      ] }] },
    ],
    needsLook: 0,
  },
};

const numberedRows: CorpusPlan = {
  name: 'numbered-rows',
  about: 'numbered section rows ("1. …") inside one table with sub-heading rows under them; RAG written as words',
  title: 'Eastmoor plan',
  blocks: [
    { table: [
      ['No.', 'Action', 'Time-scale', 'Led by', 'Outcomes', 'Summary of progress', 'RAG'],
      [across('1. Commissioning for early help', 7)],
      [across('Knowing what people need', 7)],
      ['1', 'Map where people in crisis first ask for help, using A&E and police data', 'July 2016', 'Eastmoor Public Health', 'A shared picture of demand', 'Data gathered from two of three sources', 'Amber'],
      ['2', 'Ask people who have used crisis services what would have helped sooner', 'August 2016', 'Eastmoor Healthwatch', 'Services shaped by lived experience', 'Forty people took part', 'Green'],
      [across('2. Help in a crisis', 7)],
      ['3', 'Give the crisis line a direct number for police officers to call', 'June 2016', 'Eastmoor Trust', 'Officers get advice on the spot', 'Done', 'Blue'],
    ] },
  ],
  expect: {
    title: 'Eastmoor plan',
    columns: ['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', 'rag'],
    sections: [
      { number: '1', title: 'Commissioning for early help', groups: [{ title: 'Knowing what people need', actions: [
        { ref: '1', rag: 'amber', outcomes: 'A shared picture of demand', progress: 'Data gathered from two of three sources' },
        { ref: '2', rag: 'green' },
      ] }] },
      { number: '2', title: 'Help in a crisis', groups: [{ title: null, actions: [{ ref: '3', rag: 'blue', progress: 'Done' }] }] },
    ],
    needsLook: 0,
  },
  // A text export carries no document title: the file's name stands in.
  differs: { txt: { title: 'numbered-rows' } },
};

const noHeadings: CorpusPlan = {
  name: 'no-headings',
  about: 'one table with no section headings at all, and a title paragraph above it',
  title: 'Vale Mind crisis actions',
  blocks: [
    { p: 'Vale Mind: crisis actions for 2017' },
    { table: [
      ['#', 'Action', 'Responsible', 'Target date', 'Status update'],
      ['1', 'Recruit six more volunteers for the evening helpline', 'Vale Mind', 'March 2017', 'Four recruited'],
      ['2', 'Add a text service to the evening helpline', 'Vale Mind', 'June 2017', 'Software chosen'],
    ] },
  ],
  expect: {
    title: 'Vale Mind: crisis actions for 2017',
    columns: ['ref', 'text', 'leads', 'timescale', 'progress'],
    sections: [{ number: null, title: '', groups: [{ title: null, actions: [
      { ref: '1', progress: 'Four recruited', due: '2017-03-31' }, { ref: '2', due: '2017-06-30' },
    ] }] }],
    needsLook: 0,
  },
};

const plainRowsTop: CorpusPlan = {
  name: 'plain-rows-top',
  about: 'unnumbered full-width rows are the only headings, so they are the top level (never an untitled section)',
  title: 'Crisis pathway plan',
  blocks: [
    { p: 'Eastmoor crisis pathway plan' },
    { table: [
      ['Action', 'Who', 'When', 'Where we are'],
      [across('Before a crisis', 4, FILL.grey)],
      ['Put crisis numbers on the back of every repeat prescription', 'Eastmoor CCG', 'Autumn 2016', 'Printer booked'],
      [across('During a crisis', 4, FILL.grey)],
      ['Keep a mental health nurse in the police control room at peak times', 'Eastmoor Police', 'April 2017', 'Rota agreed for Fridays and Saturdays'],
      ['Let paramedics refer straight to the home treatment team', 'Eastmoor Ambulance Service', 'January 2017', 'Not begun'],
      [across('After a crisis', 4, FILL.grey)],
      ['Phone everyone within 48 hours of leaving the crisis house', 'Eastmoor Trust', 'July 2016', 'Calls started'],
    ] },
  ],
  expect: {
    columns: ['text', 'leads', 'timescale', 'progress'],
    sections: [
      { number: null, title: 'Before a crisis', groups: [{ title: null, actions: [{ ref: null, leads: ['Eastmoor CCG'], progress: 'Printer booked' }] }] },
      { number: null, title: 'During a crisis', groups: [{ title: null, actions: [{ ref: null, due: '2017-04-30' }, { ref: null, progress: 'Not begun' }] }] },
      { number: null, title: 'After a crisis', groups: [{ title: null, actions: [{ leads: ['Eastmoor Trust'] }] }] },
    ],
    needsLook: 0,
  },
};

const letteredSections: CorpusPlan = {
  name: 'lettered-sections',
  about: 'sections lettered "Section A – …" as Heading 1 paragraphs; refs like A1, A2',
  title: 'Lettered plan',
  ragByColour: true,
  blocks: [
    { p: 'Section A – Prevention', style: 'Heading1' },
    { table: [
      ['Ref', 'Action', 'Lead', 'By', 'RAG'],
      ['A1', 'Run suicide prevention training for taxi drivers', 'Northfield Licensing', 'Dec 2016', shaded('green')],
      ['A2', 'Fit signs with the Samaritans number at the multi-storey car parks', 'Northfield Borough Council', 'Aug 2016', shaded('blue')],
    ] },
    { p: 'Section B – Response', style: 'Heading1' },
    { table: [
      ['Ref', 'Action', 'Lead', 'By', 'RAG'],
      ['B1', 'Agree who collects a person from the place of safety when the assessment ends', 'Northfield Police', 'Oct 2016', shaded('red')],
    ] },
  ],
  expect: {
    columns: ['ref', 'text', 'leads', 'timescale', 'rag'],
    sections: [
      { number: 'A', title: 'Section A – Prevention', groups: [{ title: null, actions: [{ ref: 'A1', rag: 'green', due: '2016-12-31' }, { ref: 'A2', rag: 'blue' }] }] },
      { number: 'B', title: 'Section B – Response', groups: [{ title: null, actions: [{ ref: 'B1', rag: 'red' }] }] },
    ],
    needsLook: 0,
  },
};

const headingsAndRows: CorpusPlan = {
  name: 'headings-and-rows',
  about: 'unnumbered Heading 1 paragraphs are the sections and full-width rows inside each table are its sub-headings',
  title: 'Headings and rows',
  blocks: [
    { p: 'Access to support before crisis point', style: 'Heading1' },
    { table: [
      ['Action', 'Lead', 'Timescale', 'Progress'],
      [across('Children and young people', 4)],
      ['Give every secondary school a named contact in the children’s mental health service', 'Vale CAMHS', 'September 2016', 'Twelve of fifteen schools have one'],
      [across('Older adults', 4)],
      ['Train home care workers to notice early signs of a crisis', 'Vale Adult Social Care', 'March 2017', ''],
    ] },
    { p: 'Urgent and emergency access', style: 'Heading1' },
    { table: [
      ['Action', 'Lead', 'Timescale', 'Progress'],
      ['Keep a bed free in the crisis house for police referrals', 'Vale Trust', 'June 2016', 'In place since June'],
    ] },
  ],
  expect: {
    columns: ['text', 'leads', 'timescale', 'progress'],
    sections: [
      { number: null, title: 'Access to support before crisis point', groups: [
        { title: 'Children and young people', actions: [{ leads: ['Vale CAMHS'], progress: 'Twelve of fifteen schools have one' }] },
        { title: 'Older adults', actions: [{ leads: ['Vale Adult Social Care'] }] },
      ] },
      { number: null, title: 'Urgent and emergency access', groups: [{ title: null, actions: [{ leads: ['Vale Trust'] }] }] },
    ],
    needsLook: 0,
  },
};

const capsBetweenRows: CorpusPlan = {
  name: 'caps-between-rows',
  about: 'section headings in capitals as rows between the data rows; the header only once at the top',
  title: 'Capitals',
  blocks: [
    { p: 'Harbourside City crisis concordat: delivery plan' },
    { table: [
      ['Ref', 'Action', 'Timescale', 'Lead', 'Progress'],
      [across('EARLY INTERVENTION', 5)],
      ['1.1', 'Publish waiting times for talking therapies every month', 'Monthly from April 2016', 'Harbourside CCG', 'Published since April'],
      ['1.2', 'Hold a drop-in clinic for students at the university each term', 'Termly', 'Harbourside University', ''],
      [across('URGENT AND EMERGENCY CARE', 5)],
      ['2.1', 'Reduce the use of police cells as a place of safety to none', 'March 2017', 'Harbourside Police', 'Two uses this quarter'],
    ] },
  ],
  expect: {
    title: 'Harbourside City crisis concordat: delivery plan',
    sections: [
      { number: null, title: 'EARLY INTERVENTION', groups: [{ title: null, actions: [{ ref: '1.1', due: null }, { ref: '1.2' }] }] },
      { number: null, title: 'URGENT AND EMERGENCY CARE', groups: [{ title: null, actions: [{ ref: '2.1', due: '2017-03-31' }] }] },
    ],
    needsLook: 0,
  },
};

const subgroupNumbered: CorpusPlan = {
  name: 'subgroup-numbered',
  about: 'numbered sections as paragraphs ("1 Title") and two-level numbered rows ("1.1 …") as their sub-headings',
  title: 'Two levels',
  blocks: [
    { p: '1 Commissioning', style: 'Heading1' },
    { table: [
      ['Ref', 'Action', 'Lead', 'Due date', 'Notes'],
      [across('1.1 Joint commissioning', 5)],
      ['1.1.1', 'Write one crisis care specification shared by health and social care', 'Kestrel Vale CCG', '31/03/2017', 'First draft shared'],
      [across('1.2 Data', 5)],
      ['1.2.1', 'Report section 136 detentions to the partnership board every quarter', 'Kestrel Police', 'Quarterly', ''],
    ] },
    { p: '2 Recovery', style: 'Heading1' },
    { table: [
      ['Ref', 'Action', 'Lead', 'Due date', 'Notes'],
      ['2.1', 'Offer a recovery college course on managing a crisis', 'Kestrel Recovery College', '30/09/2016', 'Course full'],
    ] },
  ],
  expect: {
    sections: [
      { number: '1', title: 'Commissioning', groups: [
        { title: '1.1 Joint commissioning', actions: [{ ref: '1.1.1', due: '2017-03-31', progress: 'First draft shared' }] },
        { title: '1.2 Data', actions: [{ ref: '1.2.1', due: null }] },
      ] },
      { number: '2', title: 'Recovery', groups: [{ title: null, actions: [{ ref: '2.1', due: '2016-09-30' }] }] },
    ],
    needsLook: 0,
  },
};

export const STRUCTURE_PLANS: CorpusPlan[] = [
  objectiveRows, priorityParagraphs, workstreamCells, numberedRows, noHeadings, plainRowsTop, letteredSections,
  headingsAndRows, capsBetweenRows, subgroupNumbered,
];
