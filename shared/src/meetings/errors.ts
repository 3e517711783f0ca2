export const MEETING_ERROR_REASONS = [
  'meeting-not-found',
  'action-not-found',
  'section-not-found',
  /** Capture (rating, update, marks, confirming) needs a live meeting. */
  'not-live',
  /** An ended meeting cannot be started again (it can be reopened). */
  'ended',
  /** Only an ended meeting can be reopened. */
  'not-ended',
  /** A progress update with no words. */
  'empty-update',
] as const;
export type MeetingErrorReason = (typeof MEETING_ERROR_REASONS)[number];

/** A refused meetings operation. Nothing was written to the doc when this is thrown. */
export class MeetingError extends Error {
  override name = 'MeetingError';
  constructor(
    readonly reason: MeetingErrorReason,
    message: string,
  ) {
    super(message);
  }
}
