import { defineConfig } from 'vitest/config';

/**
 * The unit tier (`npm run test:fast`, under 10 s): files that start no process, no Prism and no
 * browser. Every other file runs only in the full tier (`npm run test:ts`), which starts the
 * shared Prism mock first (test/global-setup.ts). A new file lands in the full tier unless
 * listed here.
 */
export const unitFiles = [
  'test/artifacts.test.ts',
  'test/breaking-semantic.test.ts',
  'test/client-environments.test.ts',
  'test/client-faults.test.ts',
  'test/client-schema-check.test.ts',
  'test/client-secrets.test.ts',
  'test/client-unit.test.ts',
  'test/client-validation.test.ts',
  'test/client-wire.test.ts',
  'test/lint-patterns.test.ts',
  'test/patterns.test.ts',
  'test/sdk-document.test.ts',
  'test/sdk-vectors.test.ts',
  'test/spec-documented-behaviour.test.ts',
  'test/verify-suite.test.ts',
];

export const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    ...timeouts,
    // `vitest run --coverage` (in `npm run test:ts`): the client's code, at least 95% of its lines
    // and of its branches.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'build/coverage',
      reportOnFailure: true,
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
