/**
 * `describe` and `it` for tests that need the real plans (`../shared/seeds`). Where the folder is absent they are
 * skipped, loudly, and the test command counts them as skipped; under CI=true they must run, so importing this
 * module there without the folder fails the file.
 */
import { describe, it } from 'vitest';
import { HAVE_SEEDS, SEEDS_DIR } from './seeds';

if (!HAVE_SEEDS) {
  const message = `the real plans are not at ${SEEDS_DIR}`;
  if (process.env.CI === 'true') throw new Error(`${message}: under CI=true the tests that need them must run`);
  console.warn(`\n!!!!! SKIPPING the tests that need the real plans: ${message} !!!!!\n`);
}

/** A suite that needs the seeds: skipped (and counted as skipped) where they are absent. */
export const describeWithSeeds = describe.skipIf(!HAVE_SEEDS);

/** A test that needs the seeds: skipped (and counted as skipped) where they are absent. */
export const itWithSeeds = it.skipIf(!HAVE_SEEDS);
