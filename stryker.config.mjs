// Mutation testing (npm run test:mutation, outside npm test: it takes minutes). Each mutant is a
// planted bug; a mutant that no test kills is a gap in the tests or an equivalent change, and
// every survivor is explained in bench/RESULTS.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/**/*.ts', '!src/index.ts'],
  // The sandbox copies the repository; build outputs (engines, a Python venv) are not needed by the tests.
  ignorePatterns: ['/build', '/dist'],
  coverageAnalysis: 'perTest',
  // Module-level constants run every test for each mutant (78% of the time for 30% of mutants);
  // they are reported as ignored, and the static tables they build are covered by the unit tests.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'build/mutation/stryker-incremental.json',
  concurrency: 2,
  // A mutant that makes a call wait (a longer backoff, a timer never cleared) is stopped this long
  // after the tests' own time; it counts as detected (Timeout).
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'build/mutation/mutation.json' },
  tempDirName: 'build/stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: 90 },
};
