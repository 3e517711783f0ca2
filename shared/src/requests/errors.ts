export const REQUEST_ERROR_REASONS = ['not-found', 'already-initialised', 'not-initialised', 'invalid', 'closed', 'newer-version'] as const;
export type RequestErrorReason = (typeof REQUEST_ERROR_REASONS)[number];

/** A refused update request operation. Nothing was written to the doc when this is thrown. */
export class RequestModelError extends Error {
  override name = 'RequestModelError';
  constructor(
    readonly reason: RequestErrorReason,
    message: string,
    /** Which input was wrong, e.g. `update`. */
    readonly path?: string,
  ) {
    super(path ? `${message} (at ${path})` : message);
  }
}
