// Section 1, continued: the steps from (a) to (b) (contenders/call-path-steps.mjs) in
// interleaved rounds against the loopback server, one call at a time and 32 in flight, so each
// step's cost shows as the difference from the one before.
import { createCallPathSteps } from '../contenders/call-path-steps.mjs';
import { reportToParent } from '../lib/child.mjs';
import { startCustomerServer } from '../lib/customer-server.mjs';
import { interleavedRounds } from '../lib/interleave.mjs';

const { certificate, sequential, concurrent } = JSON.parse(/** @type {string} */ (process.argv[2]));
const server = await startCustomerServer(certificate);
const steps = await createCallPathSteps({ port: server.port });
for (const { name, call } of steps) {
  const customer = /** @type {{ object?: unknown } | null | undefined} */ (await call());
  if (customer?.object !== 'customer') throw new Error(`"${name}" did not return a Customer`);
}
const result = {
  sequential: await interleavedRounds(steps, { ...sequential, inFlight: 1 }),
  concurrent: await interleavedRounds(steps, { ...concurrent, inFlight: 32 }),
};
await server.stop();
reportToParent(result);
