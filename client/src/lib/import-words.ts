// The importer's machine reasons in words. Only the UI words them (house rule); the shared layer names them.
import type { ImportErrorReason, ImportReport, ImportWarning, ImportWarningReason, KnownColumnKey, LookReason, RowFix, RowRole } from '@concord/shared';

// Partial: the importer gains reasons over time; an unknown one still gets a sentence.
const ERRORS: Partial<Record<ImportErrorReason, string>> = {
  empty: 'The file is empty.',
  'no-table': 'No table was found. Concord needs the plan’s action table (in Word or Excel, or pasted from them).',
  unrecognised: 'This does not look like an action plan Concord can read: no sections or numbered actions were found.',
  'too-large': 'The file is too large to import (the limit is 50 MB). A plan is usually well under 1 MB.',
  corrupt: 'The file is damaged, or not in the format its name suggests. Open it in Word or Excel, save it again, and import that copy.',
  encrypted: 'The file is password-protected. Remove the password in Word or Excel, save a copy, and import that.',
  'unsupported-format': 'Concord cannot read this kind of file. Use a Word (.docx), Excel (.xlsx), CSV or text (.txt) file, or paste the table.',
  ragged: 'The table’s rows have different numbers of cells, so its columns cannot be read reliably. Check the file in Excel and try again.',
  'bad-fixes': 'The changes to the import could not be applied. Undo the last change and try again.',
};

export function importErrorText(err: unknown): string {
  const reason = (err as { reason?: ImportErrorReason } | null)?.reason;
  return (reason && ERRORS[reason]) ?? 'The file could not be read as a plan. Nothing was imported.';
}

const WARNINGS: Partial<Record<ImportWarningReason, string>> = {
  'row-padded': 'rows had fewer cells than their header; the missing cells were left empty',
  'continuation-row': 'rows had no number and were joined to the action above',
  'unnumbered-action': 'actions have no number (no ref)',
  'cell-unplaced': 'cells could not be placed under a header; they were kept as extra columns',
  'rag-empty': 'the RAG column is empty (in Word the ratings are often cell colours); rate the actions in Concord',
  'rag-unrecognised': 'RAG cells were not a rating; their text was kept in the progress',
  'column-overruled': 'columns’ contents did not match their header; they were kept as custom columns',
  'ref-unrecognised': 'number cells held more than a number; the text was kept in the action',
  'section-number': 'section headings had several numbers; one was chosen',
  'no-header': 'no header row was found; columns were matched by their contents',
  'duplicate-rendition': 'a second copy of the plan after the tables was skipped',
  'rendition-text-kept': 'pieces of text found only in the second copy were kept as notes',
  'row-aligned': 'rows had more or fewer cells than their header; their cells were placed by what they hold',
  'row-unaligned': 'rows had more or fewer cells than their header and could be read more than one way; they were kept as they stand',
  'update-row': 'rows reporting on the action above became its progress or a dated update',
  'status-words': 'a column of status words was kept as written, and each action rated from its word',
};

/** What each row of the file became, as the preview says it. */
export const ROLE_NAMES: Record<RowRole, string> = {
  section: 'Section',
  subheading: 'Sub-heading',
  action: 'Action',
  continuation: 'Joined to the action above',
  progress: 'Progress of the action above',
  update: 'Dated update of the action above',
  legend: 'Part of the RAG key',
  note: 'Note',
  title: 'Title',
};

/** The readings a person can give a row. */
export const FIX_NAMES: Record<RowFix, string> = {
  section: 'Section',
  subheading: 'Sub-heading',
  action: 'Action',
  progress: 'Progress of the action above',
};

/** Why a row asks for a look. */
export const LOOK_WORDS: Record<LookReason, string> = {
  'row-unaligned': 'its cells do not match the columns and could be read more than one way',
};

const SINGULAR: Record<string, string> = { priorities: 'priority' };

/** "38 actions in 8 objectives; 2 rows need a look" — the preview's opening line. */
export function summaryText(report: ImportReport): string {
  const plural = report.sectionNoun;
  const n = report.sections.length;
  const noun = n === 1 ? (SINGULAR[plural] ?? plural.replace(/s$/, '')) : plural;
  const actions = `${report.actions} ${report.actions === 1 ? 'action' : 'actions'} in ${n} ${noun}`;
  const look = report.rows.filter((r) => r.look !== undefined).length;
  const rows = look === 0 ? 'no row needs a look' : `${look} ${look === 1 ? 'row needs' : 'rows need'} a look`;
  return `${actions}; ${rows}`;
}

export interface WarningGroup {
  reason: ImportWarningReason;
  text: string;
  items: string[];
}

/** Warnings grouped by reason ("3 rows had no number…"), each with its lines and details for the curious. */
export function groupWarnings(warnings: readonly ImportWarning[]): WarningGroup[] {
  const groups = new Map<ImportWarningReason, WarningGroup>();
  for (const w of warnings) {
    const group = groups.get(w.reason) ?? { reason: w.reason, text: WARNINGS[w.reason] ?? w.reason, items: [] };
    group.items.push(`${w.line === undefined ? '' : `Line ${w.line}: `}${w.detail}`);
    groups.set(w.reason, group);
  }
  return [...groups.values()];
}

/** Concord's names for the fields a source column can fill. */
export const FIELD_NAMES: Record<KnownColumnKey, string> = {
  ref: 'Number (ref)',
  text: 'Action',
  timescale: 'Timescale',
  leads: 'Led by',
  outcomes: 'Outcomes',
  progress: 'Progress',
  rag: 'RAG rating',
};
