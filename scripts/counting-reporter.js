// Prints one closing line "N passed, N failed" (CI reads it to know tests really ran) and
// writes the same counts to .wtr-summary.json for scripts/test.js to add to the Node tests.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load runs no test; count it as a failure so it cannot hide.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.erroredFiles += 1;
      }
      writeFileSync('.wtr-summary.json', JSON.stringify(totals));
    },
  };
}
