// Section 1, continued: the steps from (a) to (b) (contenders/call-path-steps.mjs) in
// interleaved rounds against the loopback server, one call at a time and 32 in flight, so each
// step's cost shows as the difference from the one before.
import { createCallPathSteps } from '../contenders/call-path-steps.mjs';
import { startedAsCommand } from '../../scripts/lib/entry.mjs';
import { runSectionProcess } from '../lib/child.mjs';
import { interleavedRounds } from '../lib/interleave.mjs';

/**
 * @typedef {import('../lib/interleave.mjs').Rounds} Rounds
 * @param {import('../lib/child.mjs').CustomerServer} server
 * @param {{ sequential: Rounds, concurrent: Rounds }} settings
 */
export async function measureCallPath(server, { sequential, concurrent }) {
  const steps = await createCallPathSteps({ port: server.port });
  for (const { name, call } of steps) {
    const customer = /** @type {{ object?: unknown } | null | undefined} */ (await call());
    if (customer?.object !== 'customer') throw new Error(`"${name}" did not return a Customer`);
  }
  return {
    sequential: await interleavedRounds(steps, { ...sequential, inFlight: 1 }),
    concurrent: await interleavedRounds(steps, { ...concurrent, inFlight: 32 }),
  };
}

if (startedAsCommand(import.meta.url)) await runSectionProcess(measureCallPath);
