// Mutation testing of the gate's own logic (npm run test:mutation:gate, outside npm test): the
// breaking-change judge and the conformance runner's pure parts, planted bugs and all. The parts
// that read files or spawn Redocly (diff.mjs's diffReport, report.mjs) are left out: the tests
// that reach them run them in a child process, which a mutant does not reach. No threshold: the
// score and what survives are recorded in bench/RESULTS.md.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation-gate.config.ts' },
  mutate: [
    'scripts/breaking/findings.mjs',
    'scripts/breaking/semantic.mjs',
    'scripts/breaking/languages.mjs',
    'scripts/breaking/walk.mjs',
    'scripts/breaking/format.mjs',
    // parseVersion, compareVersions and bumpVersion; the rest of the file runs Redocly.
    'scripts/breaking/diff.mjs:47-65',
    'scripts/verify/automaton.mjs',
    'scripts/verify/values.mjs',
    'scripts/verify/cases.mjs',
  ],
  incrementalFile: 'build/mutation/stryker-gate-incremental.json',
  jsonReporter: { fileName: 'build/mutation/mutation-gate.json' },
  tempDirName: 'build/stryker-gate-tmp',
  thresholds: { high: 90, low: 70, break: null },
};
