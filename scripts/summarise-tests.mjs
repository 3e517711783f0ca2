// Sums vitest JSON reports into the one closing line CI reads: "N passed, N failed, N skipped".
// A report that is missing or unreadable (the runner crashed) counts as a failure, never as a pass.
import { existsSync, readFileSync } from 'node:fs';

const [extraFailedArg, ...reports] = process.argv.slice(2);
let passed = 0;
let failed = Number(extraFailedArg) || 0;
let skipped = 0;
for (const file of reports) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    // A test file that failed to load has no tests in it but must still count.
    for (const suite of report.testResults) {
      if (suite.status === 'failed' && suite.assertionResults.length === 0) failed += 1;
    }
  } catch (error) {
    console.error(`no readable test report in ${file}: ${error.message}`);
    failed += 1;
  }
}
if (extraFailedArg && Number(extraFailedArg) > 0) console.log(`(${extraFailedArg} of the failures: type-check, lint or build)`);
// The same folder testing/seeds.ts names: the real plans, beside the repository. Without them (and without
// CI=true, under which those tests run and fail) the tests that need them are skipped; say so where it is read.
const seeds = new URL('../../shared/seeds/', import.meta.url);
if (!existsSync(seeds)) {
  const outcome = process.env.CI === 'true' ? 'failed (CI=true)' : 'were skipped';
  console.log(`!!!!! ${decodeURIComponent(seeds.pathname)} is absent: the tests that need the real plans ${outcome} !!!!!`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
