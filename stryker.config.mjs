// `npm run mutation`: Stryker mutates the pure modules and runs their tests in Node (mocha, on
// the bundles scripts/build-pure-tests.js makes in Stryker's sandbox after each mutation).
// See README, "Quality", for the score and how long a run takes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/core/parity.ts',
    'src/core/parity-tally.ts',
    'src/core/parity-marks.ts',
    'src/core/parity-consent.ts',
    'src/core/parity-ballots.ts',
    'src/core/parity-ranked.ts',
    'src/core/parity-grades.ts',
    'src/core/parity-explain-ranked.ts',
    'src/core/fraction.ts',
    'src/core/csv.ts',
    'src/core/store/envelope.ts',
    'src/core/store/migrations.ts',
    'src/core/store/merge.ts',
    'src/core/store/collection.ts',
  ],
  testRunner: 'mocha',
  plugins: ['@stryker-mutator/mocha-runner'],
  buildCommand: 'node scripts/build-pure-tests.js .pure-tests',
  mochaOptions: { spec: ['.pure-tests/*.test.mjs'] },
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // The machine is shared (two cores); a mutant that loops is stopped, not waited for.
  concurrency: 2,
  timeoutMS: 5000,
  timeoutFactor: 2,
  // Only what the build needs goes into the sandbox.
  ignorePatterns: [
    'dist',
    'storybook-static',
    'coverage',
    'reports',
    'bench-results',
    '.pure-tests',
    'docs',
    '.storybook',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
