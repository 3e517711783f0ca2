// Public surface of plan import: parsers produce a SourceDocument, buildPlan turns any of them into Plan JSON.
export type * from './source';
export { importText, type ImportTextOptions } from './import-text';
export { parseTextPlan } from './text-parser';
export { buildPlan } from './plan-builder';
export { matchColumns, headerScores, looksLikeHeaderRow, contentScores, type ColumnMatch } from './columns';
export { parseDue } from './due-date';
export { ImportError, IMPORT_ERROR_REASONS, type ImportErrorReason } from './import-error';
export { readImportFixes } from './import-fixes';
export {
  IMPORT_WARNING_REASONS,
  overrideKey,
  type ImportWarningReason,
  type ImportWarning,
  type ImportReport,
  type ImportResult,
  type BuildOptions,
  type ImportFixes,
  type RowReport,
  type RowRole,
  type RowFix,
  type LookReason,
  ROW_ROLES,
  ROW_FIXES,
  LOOK_REASONS,
  type SectionSummary,
  type ColumnMapping,
} from './import-report';
