import { defineSchema, type Migration } from './migration';

/**
 * The plan model's migrations, in order: the first is version 2. None yet: every field added since version 1 has
 * been optional, read with a default when absent, so no doc has needed rewriting. To add one, follow the rules on
 * `Migration`, add a file here named after it (e.g. `0002-lead-text.ts`), and raise SCHEMA_VERSION and
 * PLAN_VERSION to its number (a test checks they agree).
 */
export const MIGRATIONS: readonly Migration[] = [];

/** The schema this code runs: docs and Plan JSON up to its version are read and written; newer ones only read. */
export const CURRENT_SCHEMA = defineSchema(MIGRATIONS);
