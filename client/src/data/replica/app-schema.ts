import { CURRENT_SCHEMA, type Schema } from '@concord/shared';
import { TEST_SCHEMA } from '@concord/shared/test-migration';

/** Set by vite.config.ts: true only in the test build (CONCORD_TEST_MIGRATION=1), which the app never ships as. */
declare const __CONCORD_TEST_MIGRATION__: boolean;

/**
 * The plan model's version this build of the app runs: today's, or in the test build "the next version" (today's
 * plus the test migration), so the browser tests can deploy a newer app over an older one.
 */
export const APP_SCHEMA: Schema = __CONCORD_TEST_MIGRATION__ ? TEST_SCHEMA : CURRENT_SCHEMA;
