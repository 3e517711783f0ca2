// Public surface of the plan model. Only PlanDoc (a Y.Doc) is a Yjs type; callers never touch Y types.
export type {
  ActionFields,
  MeetingFields,
  MeetingInput,
  Origin,
  PlanDoc,
  PlanInfoPatch,
  PlanInit,
  Placement,
} from './types';
export { ModelError, MODEL_ERROR_REASONS, type ModelErrorReason } from './errors';
export { SCHEMA_VERSION } from './schema';
export { bindSchema, schemaOf, schemaStatus, type SchemaStatus } from './doc-schema';
export { defineSchema, extendSchema, type Migration, type PlanJsonObject, type Schema } from './migrations/migration';
export { CURRENT_SCHEMA } from './migrations/index';
export { storedSchemaVersion } from './migrations/doc-version';
export { migratePlanDoc, MIGRATION_ORIGIN, type MigrationOutcome } from './migrations/migrate-doc';
export { planJsonVersion, readPlanJson, upgradePlanJson } from './migrations/upgrade-plan-json';
export { LOCAL_ORIGIN } from './transact';
export { initPlan, updatePlanInfo } from './plan-info';
export { isPlanDoc, planIdOf, observePlan } from './lifecycle';
export { loadPlanIntoDoc } from './load-plan';
export { validatePlan } from './validate-plan';
export { planFromDoc } from './plan-from-doc';
export { addSection, updateSection, moveSection, archiveSection, type SectionInput, type SectionPatch } from './sections';
export { addGroup, updateGroup, moveGroup, archiveGroup, type GroupInput, type GroupPatch } from './groups';
export { addAction, updateAction, moveAction, archiveAction } from './actions';
export { setRag, addUpdate } from './history';
export { mergeLeads, splitLead, renameLead } from './lead-directory';
export { addMeeting, updateMeeting } from './meetings';
export { addMeetingMark } from './meeting-marks';
export { addMinuteLines, setMinuteLine } from './minute-lines';
export { currentRag, ragConflict, ragCounts, compareRagEntries } from './rag';
export { concordatTemplate, CONCORDAT_SECTION_TITLES, CONCORDAT_COLUMNS, CONCORDAT_LEGEND } from './template';
