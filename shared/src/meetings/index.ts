// Public surface of the meetings logic (pure, isomorphic). The Word renderer is not here: import it lazily from
// '@concord/shared/minutes-docx' so the docx library loads only when someone exports minutes.
export { MeetingError, MEETING_ERROR_REASONS, type MeetingErrorReason } from './errors';
export {
  RAG_KEYS,
  liveActions,
  sectionLabel,
  chaseLeads,
  type RagKey,
  type PlacedAction,
  type ActionSummary,
} from './plan-walk';
export {
  SINCE_EVER,
  sinceDate,
  resolveSince,
  isSince,
  isOverdue,
  heldMeetings,
  previousMeeting,
  lastEndedMeeting,
  meetingBeforeLatest,
  defaultSince,
  type Since,
  type SinceSpec,
} from './since';
export { matchesFilter, type ActionFilter, type FilterContext } from './filter';
export { resolveAgenda, type AgendaSpec } from './agenda';
export {
  startMeeting,
  endMeeting,
  reopenMeeting,
  rateInMeeting,
  updateInMeeting,
  deferInMeeting,
  markLeadAbsent,
  clearMeetingMark,
  prepareMinutes,
} from './capture';
export { markedActions } from './marks';
export { meetingProgress, capturedIn, type MeetingProgress } from './progress';
export { ratingsToConfirm, actionsToConfirm, confirmRating } from './confirm';
export { changesSince, type Changes, type RagMovement, type NewUpdate } from './changes';
export {
  chaseList,
  chaseEmailText,
  headline,
  type ChaseItem,
  type ChaseGroup,
  type ChaseOptions,
  type ChaseEmailOptions,
} from './chase';
export { formatDate, formatDateTime, DEFAULT_LOCALE } from './dates';
export {
  currentPosition,
  positionSource,
  importedAt,
  markImported,
  latestUpdate,
  IMPORTED_AT_META,
  type Position,
} from './position';
export {
  draftMinutes,
  minuteText,
  ragMovementText,
  ragSummaryText,
  chaseIntro,
  MINUTES_HEADINGS,
  type Minutes,
  type MinutesItem,
  type MinutesUpdate,
} from './minutes';
export { minutesToMarkdown, escapeMarkdown, chaseMarks, type MinutesRenderOptions } from './minutes-markdown';
export {
  dashboardData,
  type DashboardData,
  type DashboardOptions,
  type RagBar,
  type TrendBar,
  type OverdueByLead,
} from './dashboard';
