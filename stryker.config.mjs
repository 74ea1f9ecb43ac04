// Mutation testing (npm run test:mutation, outside npm test: it takes minutes). Each mutant is a
// planted bug; a mutant that no test kills is a gap in the tests or an equivalent change, and
// every survivor is explained in bench/RESULTS.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/**/*.ts', '!src/index.ts'],
  coverageAnalysis: 'perTest',
  // Module-level constants run every test for each mutant (78% of the time for 30% of mutants);
  // they are reported as ignored, and the static tables they build are covered by the unit tests.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'build/mutation/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'build/mutation/mutation.json' },
  tempDirName: 'build/stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: 90 },
};
