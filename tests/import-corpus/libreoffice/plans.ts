/** The corpus plans also made by LibreOffice from an HTML page, as a person's word processor would make them. */
export const LIBREOFFICE_PLANS = [
  'objective-rows',
  'priority-paragraphs',
  'workstream-cells',
  'merged-cells',
  'update-rows',
  'status-words',
  'key-table-first',
  'leads-as-written',
  'ref-forms',
  'outcomes-first',
] as const;
