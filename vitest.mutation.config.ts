// The tests that exercise src/ in-process, for mutation testing (npm run test:mutation): the
// client's unit, wire, fault, secrets, validation, schema-check, retry, message and seam tests.
// Left out, though they import src/ too:
// - files that need the Prism mock (client-prism, contract-client) or spawn processes (the packed
//   package, docs samples, the agreement gate): a mutant that hangs the call loop times out, the
//   test runner is restarted, and with it the global setup's Prism (10 s or more each time);
//   what they check of src/ is checked in-process by the files below;
// - client-contract-rules.test.ts: it re-imports the client inside a test (vi.resetModules),
//   which ties every module-level mutant to its two tests alone, so those would run against
//   those two instead of being reported as static.
import { defineConfig } from 'vitest/config';
import { timeouts } from './vitest.config.js';

export default defineConfig({
  test: {
    include: [
      'test/client-unit.test.ts',
      'test/client-branches.test.ts',
      'test/client-retry.test.ts',
      'test/client-messages.test.ts',
      'test/client-answers.test.ts',
      'test/client-per-call.test.ts',
      'test/client-openapi-fetch-seam.test.ts',
      'test/client-wire.test.ts',
      'test/client-faults.test.ts',
      'test/client-secrets.test.ts',
      'test/client-validation.test.ts',
      'test/client-schema-check.test.ts',
      'test/client-environments.test.ts',
    ],
    ...timeouts,
  },
});
