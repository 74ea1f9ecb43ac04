// Section 1, run in its own process (the smoke run's is shared: sections/smoke.mjs) with the
// throwaway CA trusted (NODE_EXTRA_CA_CERTS): the same documented call through each contender
// against the loopback HTTPS server, one call at a time and then 32 in flight, in interleaved
// rounds.
import { createContenders } from '../contenders/index.mjs';
import { startedAsCommand } from '../../scripts/lib/entry.mjs';
import { runSectionProcess } from '../lib/child.mjs';
import { interleavedRounds, runBatch } from '../lib/interleave.mjs';

/**
 * @typedef {import('../lib/interleave.mjs').Rounds} Rounds
 * @param {import('../lib/child.mjs').CustomerServer} server
 * @param {{ contenderKeys: import('../contenders/index.mjs').ContenderKey[], connectionProbeCalls: number,
 *   sequential: Rounds, concurrent: Rounds }} settings
 */
export async function measurePerCall(server, { contenderKeys, connectionProbeCalls, sequential, concurrent }) {
  const contenders = await createContenders(contenderKeys, { port: server.port });

  // How many TLS connections each contender opens per call, seen from the server.
  /** @type {Record<string, number>} */
  const connectionsPerCall = {};
  for (const { label, call } of contenders) {
    const before = await server.counts();
    await runBatch(call, { count: connectionProbeCalls, inFlight: 1 });
    const after = await server.counts();
    connectionsPerCall[label] = (after.connections - before.connections) / (after.requests - before.requests);
  }

  return {
    connectionsPerCall,
    sequential: await interleavedRounds(contenders, { ...sequential, inFlight: 1 }),
    concurrent: await interleavedRounds(contenders, { ...concurrent, inFlight: 32 }),
  };
}

if (startedAsCommand(import.meta.url)) await runSectionProcess(measurePerCall);
