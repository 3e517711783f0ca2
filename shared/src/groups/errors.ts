export const GROUP_ERROR_REASONS = ['not-found', 'already-initialised', 'not-initialised', 'invalid', 'exists'] as const;
export type GroupErrorReason = (typeof GROUP_ERROR_REASONS)[number];

/** A refused group operation. Nothing was written to the doc when this is thrown. */
export class GroupModelError extends Error {
  override name = 'GroupModelError';
  constructor(
    readonly reason: GroupErrorReason,
    message: string,
    /** Which input was wrong, e.g. `member.name`. */
    readonly path?: string,
  ) {
    super(path ? `${message} (at ${path})` : message);
  }
}
