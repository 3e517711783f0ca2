/**
 * Why a model operation was refused. `newer-version`: the doc or Plan JSON was saved by a newer version of Concord
 * than this code, which may read it but never writes to it (the UI offers the update).
 */
export const MODEL_ERROR_REASONS = ['not-found', 'already-initialised', 'not-initialised', 'invalid', 'newer-version'] as const;
export type ModelErrorReason = (typeof MODEL_ERROR_REASONS)[number];

/** A refused model operation. Nothing was written to the doc when this is thrown. */
export class ModelError extends Error {
  override name = 'ModelError';
  constructor(
    readonly reason: ModelErrorReason,
    message: string,
    /** Where in the input the problem is, e.g. `sections[0].groups[1].actions[2].rag`. */
    readonly path?: string,
  ) {
    super(path ? `${message} (at ${path})` : message);
  }
}
