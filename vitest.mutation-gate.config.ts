// The tests that exercise the gate's logic in-process, for its mutation testing
// (npm run test:mutation:gate): the breaking-change judge's unit tests and the conformance
// suite's. Files that run the gate's scripts in a child process are left out (a mutant planted in
// the test process does not reach a child).
import { defineConfig } from 'vitest/config';
import { timeouts } from './vitest.config.js';

export default defineConfig({
  test: {
    include: ['test/breaking-findings.test.ts', 'test/breaking-semantic.test.ts', 'test/verify-suite.test.ts'],
    ...timeouts,
  },
});
