/**
 * Whole documents, as plans are published: a cover page, partners, contents and an introduction before the plan;
 * a caption above each objective's table; two plans in one file; a glossary and a sign-off table after the plan;
 * completed actions moved to an appendix; headings set in one-cell banner tables. Written blind: laid out the way
 * published local plans are, not to fit what the importer already read.
 */
import { FILL, type CorpusPlan } from '../spec';
import { across, shaded } from './helpers';

const coverContentsIntro: CorpusPlan = {
  name: 'cover-contents-intro',
  about: 'a cover page, a table of partners, a contents list and numbered introduction headings before one plan table whose parts are the national themes as full-width rows; the key on one line',
  title: 'Calder Mere concordat plan',
  ragByColour: true,
  blocks: [
    { p: 'Calder Mere Mental Health Crisis Care Concordat', style: 'Title' },
    { p: 'Local action plan 2016 to 2018' },
    { p: 'Version 4, agreed by the Calder Mere partnership board on 12 May 2016' },
    { table: [
      ['Calder Mere Clinical Commissioning Group', 'Calder Mere Borough Council'],
      ['Mereside NHS Foundation Trust', 'North Calder Ambulance Service'],
      ['Calder Constabulary', 'Calder Mere Mind'],
    ] },
    { p: 'Contents', bold: true, pageBreak: true },
    { p: '1. Introduction 3' },
    { p: '2. How the partnership works 4' },
    { p: '3. Action plan 5' },
    { p: '1. Introduction', style: 'Heading1', pageBreak: true },
    { p: 'This plan sets out what the partners in Calder Mere will do over two years so that people in a mental health crisis get the right help quickly.' },
    { p: 'It follows the four themes of the national concordat and was written with people who have used local crisis services.' },
    { p: '2. How the partnership works', style: 'Heading1' },
    { p: 'The partnership board meets every two months. Each lead sends a short update beforehand and the board agrees a rating at the meeting.' },
    { p: '3. Action plan', style: 'Heading1', pageBreak: true },
    { p: 'Key (updated June 2016): Red – not started, Amber – under way, Green – done' },
    { table: [
      ['Ref', 'What we will do', 'Lead', 'By', 'Progress', 'RAG'],
      [across('Access to support before crisis point', 6, FILL.grey)],
      ['1', 'Put a mental health worker in each of the three GP hubs two days a week', 'Calder Mere CCG', 'January 2017', 'Worker in post at two hubs; the third recruits in the autumn', shaded('amber')],
      ['2', 'Print a wallet card with the crisis line and the text service', 'Calder Mere Mind', 'August 2016', 'Ten thousand cards printed and handed out at libraries', shaded('green')],
      [across('Urgent and emergency access to crisis care', 6, FILL.grey)],
      ['3', 'Give the ambulance control room a direct line to the crisis team', 'North Calder Ambulance Service', 'October 2016', '', shaded('red')],
      [across('Quality of treatment and care when in crisis', 6, FILL.grey)],
      ['4', 'Check every crisis plan written on the ward against the agreed standard', 'Mereside NHS Foundation Trust', 'Quarterly', 'First audit found two in three plans met the standard', shaded('amber')],
      [across('Recovery and staying well', 6, FILL.grey)],
      ['5', 'Offer every person leaving the crisis house a follow-up call within three days', 'Mereside NHS Foundation Trust', 'March 2017', 'Calls began in July', shaded('green')],
    ] },
  ],
  expect: {
    title: 'Calder Mere Mental Health Crisis Care Concordat',
    legend: [
      { rag: 'red', meaning: 'not started' },
      { rag: 'amber', meaning: 'under way' },
      { rag: 'green', meaning: 'done' },
    ],
    columns: ['ref', 'text', 'leads', 'timescale', 'progress', 'rag'],
    sections: [
      { number: null, title: 'Access to support before crisis point', groups: [{ title: null, actions: [
        { ref: '1', leads: ['Calder Mere CCG'], due: '2017-01-31', rag: 'amber' },
        { ref: '2', progress: 'Ten thousand cards printed and handed out at libraries', rag: 'green' },
      ] }] },
      { number: null, title: 'Urgent and emergency access to crisis care', groups: [{ title: null, actions: [
        { ref: '3', leads: ['North Calder Ambulance Service'], progress: '', rag: 'red' },
      ] }] },
      { number: null, title: 'Quality of treatment and care when in crisis', groups: [{ title: null, actions: [{ ref: '4', due: null }] }] },
      { number: null, title: 'Recovery and staying well', groups: [{ title: null, actions: [{ ref: '5', rag: 'green' }] }] },
    ],
    needsLook: 0,
  },
};

const objectiveCaptions: CorpusPlan = {
  name: 'objective-captions',
  about: 'a table per objective, each under a bold caption paragraph and a quoted "I" statement; ten columns with Baseline, Milestones, a lead officer and a lead organisation, start and due dates, evidence; RAG as words and two-colour ratings',
  title: 'Ashby Vale crisis plan',
  blocks: [
    { p: 'Ashby Vale crisis care action plan 2016/17', style: 'Title' },
    { p: 'Objective 1: Access to support before crisis point', bold: true },
    { p: '“I know who to call when things start to go wrong, at any hour.”', italic: true },
    { table: [
      ['Ref', 'Action', 'Baseline', 'Milestones', 'Lead officer', 'Lead organisation', 'Start', 'Due', 'Evidence', 'RAG'],
      ['1a', 'Run an evening drop-in at the Ashby wellbeing hub', 'No evening provision', 'Venue agreed; staff rota set; first session held', 'J. Okafor', 'Ashby Vale Mind', 'April 2016', 'Q3 2016/17', 'Attendance log', 'G'],
      ['1b', 'Publish the crisis line number on every practice website', 'Four of 19 practices', 'Letter to practices; check in three months', 'R. Patel', 'Ashby Vale CCG', 'May 2016', '31/03/17', 'Website check', 'A/G'],
    ] },
    { p: 'Objective 2: Urgent and emergency access to crisis care', bold: true },
    { p: '“When I need help urgently I am treated as quickly as anyone with a physical illness.”', italic: true },
    { table: [
      ['Ref', 'Action', 'Baseline', 'Milestones', 'Lead officer', 'Lead organisation', 'Start', 'Due', 'Evidence', 'RAG'],
      ['2a', 'Cut the wait for a mental health assessment in A&E to under four hours', 'Median wait six hours', 'Extra evening liaison nurse; weekly wait report', 'S. Lindqvist', 'Ashby Vale Hospitals Trust', 'June 2016', 'Mar-17', 'Weekly wait report', 'Amber-Green'],
      ['2b', 'Agree who conveys people detained under section 136 at night', 'No agreement', 'Draft protocol; sign-off by chiefs', 'Insp. D. Moore', 'Vale Constabulary', 'April 2016', 'Ongoing', 'Signed protocol', 'R'],
    ] },
  ],
  expect: {
    title: 'Ashby Vale crisis care action plan 2016/17',
    // "A/G" and "Amber-Green" rate amber (the worse colour) and, not being a plain rating, stay in the progress.
    columns: ['ref', 'text', 'custom:Baseline', 'custom:Milestones', 'custom:Lead officer', 'leads', 'custom:Start', 'timescale', 'custom:Evidence', 'rag', 'progress'],
    sections: [
      { number: '1', title: 'Objective 1: Access to support before crisis point', groups: [{ title: null, actions: [
        { ref: '1a', text: 'Run an evening drop-in at the Ashby wellbeing hub', leadText: 'Ashby Vale Mind', leads: ['Ashby Vale Mind'], timescale: 'Q3 2016/17', due: '2016-12-31', rag: 'green',
          custom: { Baseline: 'No evening provision', Milestones: 'Venue agreed; staff rota set; first session held', 'Lead officer': 'J. Okafor', Start: 'April 2016', Evidence: 'Attendance log' } },
        { ref: '1b', leads: ['Ashby Vale CCG'], due: '2017-03-31', rag: 'amber', progress: 'A/G' },
      ] }] },
      { number: '2', title: 'Objective 2: Urgent and emergency access to crisis care', groups: [{ title: null, actions: [
        { ref: '2a', leads: ['Ashby Vale Hospitals Trust'], due: '2017-03-31', rag: 'amber', progress: 'Amber-Green' },
        { ref: '2b', leads: ['Vale Constabulary'], due: null, rag: 'red' },
      ] }] },
    ],
    needsLook: 0,
  },
};

const refreshInOneFile: CorpusPlan = {
  name: 'refresh-in-one-file',
  about: 'two plans in one document: the 2015 plan with its year-end position, then the 2016 refresh, each under a Heading 1 with its objectives as Heading 2 and numbering that starts again',
  title: 'Brackenmoor plans',
  blocks: [
    { p: 'Brackenmoor crisis concordat: the 2015 plan and its refresh', style: 'Title' },
    { p: 'The 2015 plan: position at March 2016', style: 'Heading1' },
    { p: 'Objective 1 – Early help', style: 'Heading2' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'Position at March 2016'],
      ['1.1', 'Set up a peer support line run by people with lived experience', 'Brackenmoor Mind', 'September 2015', 'Line opened in October and takes forty calls a week'],
      ['1.2', 'Add crisis contacts to the council’s information service', 'Brackenmoor Council', 'June 2015', 'Done'],
    ] },
    { p: 'Objective 2 – Urgent response', style: 'Heading2' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'Position at March 2016'],
      ['2.1', 'Pilot a street triage car on Friday and Saturday nights', 'Brackenmoor Police', 'December 2015', 'Pilot ran for six months; evaluation due'],
    ] },
    { p: 'The refreshed plan for 2016/17', style: 'Heading1' },
    { p: 'Objective 1 – Early help', style: 'Heading2' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'Position at March 2016'],
      ['1.1', 'Extend the peer support line to weekends', 'Brackenmoor Mind', 'December 2016', ''],
    ] },
    { p: 'Objective 2 – Urgent response', style: 'Heading2' },
    { table: [
      ['No.', 'Action', 'Lead', 'Timescale', 'Position at March 2016'],
      ['2.1', 'Fund the street triage car every night if the evaluation supports it', 'Brackenmoor CCG', 'April 2017', ''],
      ['2.2', 'Agree a single place of safety for young people', 'Brackenmoor CCG and Brackenmoor Council', 'January 2017', ''],
    ] },
  ],
  expect: {
    title: 'Brackenmoor crisis concordat: the 2015 plan and its refresh',
    columns: ['ref', 'text', 'leads', 'timescale', 'progress'],
    sections: [
      { number: null, title: 'The 2015 plan: position at March 2016', groups: [
        { title: 'Objective 1 – Early help', actions: [
          { ref: '1.1', progress: 'Line opened in October and takes forty calls a week' },
          { ref: '1.2', leads: ['Brackenmoor Council'], progress: 'Done' },
        ] },
        { title: 'Objective 2 – Urgent response', actions: [{ ref: '2.1', due: '2015-12-31' }] },
      ] },
      { number: null, title: 'The refreshed plan for 2016/17', groups: [
        { title: 'Objective 1 – Early help', actions: [{ ref: '1.1', text: 'Extend the peer support line to weekends', progress: '' }] },
        { title: 'Objective 2 – Urgent response', actions: [
          { ref: '2.1' },
          { ref: '2.2', leadText: 'Brackenmoor CCG and Brackenmoor Council', leads: ['Brackenmoor CCG and Brackenmoor Council'] },
        ] },
      ] },
    ],
    needsLook: 0,
  },
};

const glossaryAndSignOff: CorpusPlan = {
  name: 'glossary-and-sign-off',
  about: 'after the plan, a glossary of abbreviations as a two-column table and a table of the partners who signed it: neither is actions',
  title: 'Saltmarsh Bay plan',
  blocks: [
    { p: 'Saltmarsh Bay crisis care plan', style: 'Title' },
    { p: '1. Before a crisis', style: 'Heading1' },
    { table: [
      ['No', 'What will happen', 'Who', 'When', 'Update'],
      ['1', 'Train AMHPs and police together twice a year', 'Saltmarsh Bay Council and Coastal Police', 'Twice a year', 'First joint session held in March'],
      ['2', 'Give CAMHS a named contact in each secondary school', 'Saltmarsh CAMHS', 'September 2016', 'Named contacts in 9 of 12 schools'],
    ] },
    { p: '2. In a crisis', style: 'Heading1' },
    { table: [
      ['No', 'What will happen', 'Who', 'When', 'Update'],
      ['3', 'Keep the HBPoS open with staff on site at all hours', 'Saltmarsh Partnership Trust', 'April 2016', 'Staffed around the clock since April'],
    ] },
    { p: 'Glossary', style: 'Heading1' },
    { table: [
      ['AMHP', 'Approved mental health professional'],
      ['CAMHS', 'Child and adolescent mental health services'],
      ['HBPoS', 'Health-based place of safety'],
    ] },
    { p: 'Signed on behalf of the partners', style: 'Heading1' },
    { table: [
      ['Organisation', 'Name', 'Role', 'Date'],
      ['Saltmarsh Bay Council', 'Helen Achterberg', 'Director of Adult Services', '3 May 2016'],
      ['Coastal Police', 'Martin Dube', 'Chief Superintendent', '5 May 2016'],
      ['Saltmarsh Partnership Trust', 'Priya Raman', 'Chief Executive', '9 May 2016'],
    ] },
  ],
  expect: {
    title: 'Saltmarsh Bay crisis care plan',
    columns: ['ref', 'text', 'leads', 'timescale', 'progress'],
    sections: [
      { number: '1', title: 'Before a crisis', groups: [{ title: null, actions: [
        { ref: '1', leadText: 'Saltmarsh Bay Council and Coastal Police', due: null, progress: 'First joint session held in March' },
        { ref: '2', leads: ['Saltmarsh CAMHS'] },
      ] }] },
      { number: '2', title: 'In a crisis', groups: [{ title: null, actions: [{ ref: '3', leads: ['Saltmarsh Partnership Trust'] }] }] },
    ],
    notes: [
      'Glossary',
      'AMHP\nApproved mental health professional',
      'CAMHS\nChild and adolescent mental health services',
      'HBPoS\nHealth-based place of safety',
      'Signed on behalf of the partners',
      'Organisation\nName\nRole\nDate',
      'Saltmarsh Bay Council\nHelen Achterberg\nDirector of Adult Services\n3 May 2016',
      'Coastal Police\nMartin Dube\nChief Superintendent\n5 May 2016',
      'Saltmarsh Partnership Trust\nPriya Raman\nChief Executive\n9 May 2016',
    ],
    needsLook: 0,
  },
};

const completedAppendix: CorpusPlan = {
  name: 'completed-appendix',
  about: 'refs marked with an asterisk for actions added at a refresh, lettered sub-points inside cells, updates that open with a status in capitals, and completed actions moved to an appendix table',
  title: 'Oxley Forest plan',
  blocks: [
    { p: 'Oxley Forest crisis care concordat: action plan refreshed October 2016', style: 'Title' },
    { p: 'Actions added at the October refresh carry an asterisk beside their number. Completed actions move to Appendix A.' },
    { table: [
      ['No.', 'Action', 'Due by', 'Led by', 'Update'],
      [across('1. Commissioning and joint planning', 5)],
      ['1.1', 'Write crisis care into each partner’s plans:\na) the needs assessment\nb) the trust’s clinical strategy\nc) the commissioning intentions', 'As each is refreshed', 'a) Oxley Public Health\nb) Oxley Forest Trust\nc) Oxley CCG', 'ON TRACK: a) done; b) in draft; c) due in December'],
      ['1.2*', 'Pool the crisis budgets of the CCG and the council', 'April 2017', 'Oxley CCG; Oxley Forest Council', 'DELAYED – waiting for the council’s budget round'],
      [across('2. Help in a crisis', 5)],
      ['2.1', 'Answer calls to the crisis line within one minute', 'Ongoing', 'Oxley Forest Trust', 'ON TRACK: 92% answered within a minute in September'],
      ['2.2*', 'Add a text service to the crisis line', 'June 2017', 'Oxley Forest Trust', 'NOT STARTED'],
    ] },
    { p: 'Appendix A – completed actions', style: 'Heading1' },
    { table: [
      ['No.', 'Action', 'Due by', 'Led by', 'Update'],
      ['3.1', 'Agree a joint protocol for section 136 with the police and the trust', 'January 2016', 'Oxley Police', 'COMPLETE: signed in January'],
      ['3.2', 'Open a crisis café in Oxley town centre', 'May 2016', 'Oxley Mind', 'COMPLETE: open four evenings a week since May'],
    ] },
  ],
  expect: {
    title: 'Oxley Forest crisis care concordat: action plan refreshed October 2016',
    notes: ['Actions added at the October refresh carry an asterisk beside their number. Completed actions move to Appendix A.'],
    columns: ['ref', 'text', 'timescale', 'leads', 'progress', 'rag'],
    sections: [
      { number: '1', title: 'Commissioning and joint planning', groups: [{ title: null, actions: [
        { ref: '1.1', leadText: 'a) Oxley Public Health\nb) Oxley Forest Trust\nc) Oxley CCG', leads: ['Oxley Public Health', 'Oxley Forest Trust', 'Oxley CCG'],
          progress: 'ON TRACK: a) done; b) in draft; c) due in December', rag: 'green' },
        { ref: '1.2*', leads: ['Oxley CCG', 'Oxley Forest Council'], due: '2017-04-30', rag: 'amber' },
      ] }] },
      { number: '2', title: 'Help in a crisis', groups: [{ title: null, actions: [
        { ref: '2.1', due: null, rag: 'green' },
        { ref: '2.2*', progress: 'NOT STARTED', rag: 'red' },
      ] }] },
      { number: null, title: 'Appendix A – completed actions', groups: [{ title: null, actions: [
        { ref: '3.1', rag: 'blue' },
        { ref: '3.2', rag: 'blue', progress: 'COMPLETE: open four evenings a week since May' },
      ] }] },
    ],
    needsLook: 0,
  },
};

const bannerTables: CorpusPlan = {
  name: 'banner-tables',
  about: 'a sub-group plan whose workstreams are one-cell shaded banner tables above each plan table, and a RAG key as one row of four cells',
  title: 'Young people’s crisis sub-group',
  ragByColour: true,
  blocks: [
    { p: 'Thornbury Downs children and young people’s crisis sub-group: action plan', style: 'Title' },
    { table: [['Red = not started', 'Amber = started', 'Green = on track', 'Blue = finished']] },
    { table: [[{ text: 'Workstream A – Schools and colleges', fill: FILL.blue }]] },
    { table: [
      ['Ref', 'Action', 'Lead', 'Target date', 'Progress', 'RAG'],
      ['A1', 'Give every secondary school a mental health first aider', 'Thornbury Downs Council', 'July 2017', 'Twenty-two staff trained so far', shaded('green')],
      ['A2', 'Agree what a college does when a student discloses thoughts of suicide', 'Thornbury College', 'December 2016', 'Draft written with students', shaded('amber')],
    ] },
    { table: [[{ text: 'Workstream B – Hospital and crisis care', fill: FILL.blue }]] },
    { table: [
      ['Ref', 'Action', 'Lead', 'Target date', 'Progress', 'RAG'],
      ['B1', 'Stop admitting under-16s to adult wards', 'Downs Healthcare Trust', 'April 2017', '', shaded('red')],
      ['B2', 'See young people in A&E within two hours of referral', 'Downs Healthcare Trust', 'March 2017', 'Median time now two and a half hours', shaded('amber')],
    ] },
  ],
  expect: {
    title: 'Thornbury Downs children and young people’s crisis sub-group: action plan',
    legend: [
      { rag: 'red', meaning: 'not started' },
      { rag: 'amber', meaning: 'started' },
      { rag: 'green', meaning: 'on track' },
      { rag: 'blue', meaning: 'finished' },
    ],
    columns: ['ref', 'text', 'leads', 'timescale', 'progress', 'rag'],
    sections: [
      { number: 'A', title: 'Workstream A – Schools and colleges', groups: [{ title: null, actions: [
        { ref: 'A1', leads: ['Thornbury Downs Council'], rag: 'green' },
        { ref: 'A2', due: '2016-12-31', rag: 'amber' },
      ] }] },
      { number: 'B', title: 'Workstream B – Hospital and crisis care', groups: [{ title: null, actions: [
        { ref: 'B1', rag: 'red', progress: '' },
        { ref: 'B2', rag: 'amber' },
      ] }] },
    ],
    needsLook: 0,
  },
};

export const DOCUMENT_PLANS: CorpusPlan[] = [coverContentsIntro, objectiveCaptions, refreshInOneFile, glossaryAndSignOff, completedAppendix, bannerTables];
