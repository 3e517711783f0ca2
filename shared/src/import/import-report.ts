import type { KnownColumnKey, Plan } from '../plan-json';
import type { SourceFormat } from './source';

/** Machine codes for things import noticed and handled; only the UI turns them into words. */
export const IMPORT_WARNING_REASONS = [
  'continuation-row', // a row with no ref was attached to the action above
  'unnumbered-action', // a row with no ref had enough of its own to be an action (ref null)
  'cell-unplaced', // a row had more cells than its header; the extra cells were kept as custom columns
  'rag-empty', // the RAG column has no ratings (in Word they were cell colours)
  'rag-unrecognised', // a RAG cell held text that is not a rating; it was kept in progress
  'column-overruled', // a header named a field its cells contradict; kept as a custom column
  'ref-unrecognised', // a ref cell held more than a ref; the text was kept in the action text
  'section-number', // a section heading carried several numbers; one was chosen
  'no-header', // no header row was found; columns were matched by their contents
  'duplicate-rendition', // a flattened copy of the plan after the tables was skipped
  'rendition-text-kept', // text inside the flattened copy that is not in the tables was kept as a note
  'row-padded', // a CSV/TSV row was shorter than its header (trailing empty cells dropped); padded with empties
  'row-aligned', // a row shorter or longer than its header was aligned by what its cells hold
  'row-unaligned', // a row shorter or longer than its header could be read more than one way; kept as it stands
  'update-row', // a row reporting on the action above became its progress or a dated update
  'status-words', // a column of status words was kept as written and read as ratings
] as const;
export type ImportWarningReason = (typeof IMPORT_WARNING_REASONS)[number];

export interface ImportWarning {
  reason: ImportWarningReason;
  detail: string;
  /** 1-based source line (or row), when the format has them. */
  line?: number;
}

export interface SectionSummary {
  number: string | null;
  title: string;
  groups: number;
  actions: number;
}

/** How one distinct header row was read: each source label and the field or custom key it went to. */
export interface ColumnMapping {
  line?: number;
  columns: { label: string; key: string; by: 'header' | 'content' | 'user' | 'none'; status?: true }[];
}

/** What a row or paragraph of the source became. */
export const ROW_ROLES = ['section', 'subheading', 'action', 'continuation', 'progress', 'update', 'legend', 'note', 'title'] as const;
export type RowRole = (typeof ROW_ROLES)[number];

/** The roles a person can give a row in the preview. */
export const ROW_FIXES = ['section', 'subheading', 'action', 'progress'] as const;
export type RowFix = (typeof ROW_FIXES)[number];

/** Why a row asks a person to look at it before the plan is written. */
export const LOOK_REASONS = ['row-unaligned'] as const;
export type LookReason = (typeof LOOK_REASONS)[number];

/** One row (or paragraph) of the source and what the build made of it. */
export interface RowReport {
  /** Stable for a given source: "b3" (the 4th block, a paragraph) or "b3.12" (its 13th row). */
  id: string;
  role: RowRole;
  /** The row's text, cells joined, shortened. */
  text: string;
  line?: number;
  /** Set when a person should check the row. */
  look?: LookReason;
  /** The role a person gave it, when they did. */
  fixed?: RowFix;
}

export interface ImportReport {
  format: SourceFormat;
  sections: SectionSummary[];
  /** All actions, numbered or not. */
  actions: number;
  /** Actions with a ref. */
  numberedActions: number;
  columns: ColumnMapping[];
  warnings: ImportWarning[];
  /** Every row and paragraph that became part of the plan, in source order. */
  rows: RowReport[];
  /** What the plan calls its parts ("objectives", "priorities", "workstreams", "sections"). */
  sectionNoun: string;
}

export interface ImportResult {
  plan: Plan;
  report: ImportReport;
}

export interface BuildOptions {
  /** Plan id; a new id when absent. */
  id?: string;
  /** Overrides any title found in the source. */
  title?: string;
  /** ISO date-time stamped on RAG entries read from the source; now when absent. */
  now?: string;
  /**
   * The user's column mapping, by source header label (case and spacing ignored; an unlabelled column is
   * `#<position>`, 1-based): a field, or null to keep the column as a custom column. A field given to one column
   * is taken from any other column that matched it.
   */
  columnOverrides?: Readonly<Record<string, KnownColumnKey | null>>;
  /** The user's reading of rows, by RowReport id: a section, a sub-heading, an action, or progress of the action above. */
  rowRoles?: Readonly<Record<string, RowFix>>;
  /** Leads a person merged: a lead as written -> the lead it is another name for (the lead directory keeps both). */
  leadMerges?: Readonly<Record<string, string>>;
  /** Leads a person split: a lead as derived -> the leads it really names (the lead cell stays as written). */
  leadSplits?: Readonly<Record<string, readonly string[]>>;
}

/** The fixes a person makes in the preview, as data: the CLI takes the same object (concord import --fixes). */
export type ImportFixes = Pick<BuildOptions, 'columnOverrides' | 'rowRoles' | 'leadMerges' | 'leadSplits'>;

/** The key columnOverrides uses for a source column: its label, or `#<position>` when it has none. */
export function overrideKey(label: string, index: number): string {
  const norm = label.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm === '' ? `#${index + 1}` : norm;
}
