/**
 * Why a file could not be read. Placeholder until the import module's ImportError lands; its reasons must include
 * these.
 */
export const FORMAT_ERROR_REASONS = [
  'corrupt',
  'encrypted',
  'no-table',
  'too-large',
  'unsupported-format',
  'ragged',
] as const;
export type FormatErrorReason = (typeof FORMAT_ERROR_REASONS)[number];

export class FormatError extends Error {
  readonly reason: FormatErrorReason;
  constructor(reason: FormatErrorReason, options?: { cause?: unknown; detail?: string }) {
    super(options?.detail ? `${reason}: ${options.detail}` : reason, { cause: options?.cause });
    this.name = 'FormatError';
    this.reason = reason;
  }
}
