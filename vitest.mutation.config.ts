// The tests that exercise src/ directly, for mutation testing (npm run test:mutation): the client's
// unit, wire, fault, secrets, validation and schema-check tests, and the client against the mock.
// Slow end-to-end files (the packed package, docs samples, the agreement gate) are left out: they
// import src/ too, but each mutant would rerun them for little extra signal.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/client-unit.test.ts',
      'test/client-wire.test.ts',
      'test/client-faults.test.ts',
      'test/client-secrets.test.ts',
      'test/client-validation.test.ts',
      'test/client-schema-check.test.ts',
      'test/client-environments.test.ts',
      'test/client-contract-rules.test.ts',
      'test/client-prism.test.ts',
      'test/contract-client.test.ts',
    ],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
