import { defineConfig } from 'vitest/config';

/**
 * The unit tier (`npm run test:fast`, under 10 s): files that start no process, no Prism and no
 * browser. Every other file runs only in the full tier (`npm run test:ts`), which starts the
 * shared Prism mock first (test/global-setup.ts). A new file lands in the full tier unless
 * listed here.
 */
export const unitFiles = [
  'test/artifacts.test.ts',
  'test/bench-results-file.test.ts',
  'test/breaking-findings.test.ts',
  'test/breaking-semantic.test.ts',
  'test/client-answers.test.ts',
  'test/client-branches.test.ts',
  'test/client-environments.test.ts',
  'test/client-faults.test.ts',
  'test/client-messages.test.ts',
  'test/client-openapi-fetch-seam.test.ts',
  'test/client-per-call.test.ts',
  'test/client-retry.test.ts',
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

/**
 * The files whose job is the client in src/: the coverage floor is measured on them alone
 * (`npm run test:ts` runs them with coverage and every other file without, side by side), so
 * the V8 coverage cost is not paid by the gate's heavy files (Redocly, Spectral, browsers).
 * Two client files run in the gate for the same reason: most of their work is a compiler
 * (client-docs-examples) or Ajv and fast-check (client-schema-check), which coverage slows by
 * a third, and without them the floor loses one statement and one branch of src/.
 */
export const clientFiles = [
  'test/client-answers.test.ts',
  'test/client-branches.test.ts',
  'test/client-contract-rules.test.ts',
  'test/client-environments.test.ts',
  'test/client-faults.test.ts',
  'test/client-messages.test.ts',
  'test/client-openapi-fetch-seam.test.ts',
  'test/client-per-call.test.ts',
  'test/client-prism.test.ts',
  'test/client-retry.test.ts',
  'test/client-secrets.test.ts',
  'test/client-types.test.ts',
  'test/client-unit.test.ts',
  'test/client-validation.test.ts',
  'test/client-wire.test.ts',
  'test/contract-client.test.ts',
  'test/sdk-typescript.test.ts',
  'test/sdk-vectors.test.ts',
];

// The shared Prism mock, started once per project that runs.
const globalSetup = ['test/global-setup.ts'];

// Generous: on a busy machine (a CI runner shared with other jobs) a compile or a property run can
// take several times its quiet duration; a test that hangs still fails, a minute later.
export const timeouts = { testTimeout: 60_000, hookTimeout: 90_000 };

export default defineConfig({
  test: {
    ...timeouts,
    // Threads start faster and use less memory than forked processes, and without isolation a
    // worker imports the heavy modules (Redocly, Ajv, the bundled document) once, not once per
    // file. That holds because no test changes the working directory, mocks a module or leaves
    // a spy, a fake timer or an environment variable behind (each restores its own).
    pool: 'threads',
    // Transformed modules kept on disk between runs (keyed by each file's content).
    experimental: { fsModuleCache: true, fsModuleCachePath: 'build/vitest-module-cache' },
    projects: [
      { extends: true, test: { name: 'client', include: clientFiles, globalSetup, isolate: false } },
      {
        extends: true,
        test: { name: 'gate', include: ['test/**/*.test.ts'], exclude: clientFiles, globalSetup, isolate: false },
      },
    ],
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
