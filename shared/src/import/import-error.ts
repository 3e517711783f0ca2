/** Why an input could not be imported as a plan. Only the UI turns these into words. */
export const IMPORT_ERROR_REASONS = [
  'empty',
  'no-table',
  'unrecognised',
  'too-large',
  'corrupt',
  // file formats (shared/src/formats): a password-protected Office file, a file type Concord cannot read, and
  // a CSV whose rows are wider than its header (broken quoting would put text under the wrong headings)
  'encrypted',
  'unsupported-format',
  'ragged',
  // a person's fixes (concord import --fixes) that are not what the importer takes
  'bad-fixes',
] as const;
export type ImportErrorReason = (typeof IMPORT_ERROR_REASONS)[number];

/** Thrown when an input is not a plan at all; nothing is produced. */
export class ImportError extends Error {
  readonly reason: ImportErrorReason;

  constructor(reason: ImportErrorReason, message: string) {
    super(message);
    this.name = 'ImportError';
    this.reason = reason;
  }
}
