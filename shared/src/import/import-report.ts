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
  columns: { label: string; key: string; by: 'header' | 'content' | 'user' | 'none' }[];
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
}

/** The key columnOverrides uses for a source column: its label, or `#<position>` when it has none. */
export function overrideKey(label: string, index: number): string {
  const norm = label.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm === '' ? `#${index + 1}` : norm;
}
