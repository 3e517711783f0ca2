/**
 * The corpus plans also made by LibreOffice from an HTML page, as a person's word processor (Writer, for .docx)
 * or spreadsheet (Calc, for .xlsx) would make them. The first ten were written with the first pass of the corpus;
 * the rest are the layouts written blind (plans/documents.ts, trackers.ts, numbering.ts, second-look.ts).
 */
export interface LibreOfficePlan {
  name: string;
  formats: readonly ('docx' | 'xlsx')[];
}

const both = (name: string): LibreOfficePlan => ({ name, formats: ['docx', 'xlsx'] });
const word = (name: string): LibreOfficePlan => ({ name, formats: ['docx'] });

export const LIBREOFFICE_PLANS: readonly LibreOfficePlan[] = [
  ...['objective-rows', 'priority-paragraphs', 'workstream-cells', 'merged-cells', 'update-rows', 'status-words', 'key-table-first',
    'leads-as-written', 'ref-forms', 'outcomes-first'].map(both),
  ...['cover-contents-intro', 'objective-captions', 'refresh-in-one-file', 'glossary-and-sign-off', 'completed-appendix', 'banner-tables',
    'lettered-parts', 'progress-rows', 'numbered-introduction', 'working-document', 'rating-sentences'].map(word),
  ...['quarterly-tracker', 'status-and-rag', 'national-style'].map(both),
];
