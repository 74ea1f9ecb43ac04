// Section 1, run in its own process with the throwaway CA trusted (NODE_EXTRA_CA_CERTS): the
// same documented call through each contender against the loopback HTTPS server, one call at
// a time and then 32 in flight, in interleaved rounds.
import { createContenders } from '../contenders/index.mjs';
import { reportToParent } from '../lib/child.mjs';
import { startCustomerServer } from '../lib/customer-server.mjs';
import { interleavedRounds, runBatch } from '../lib/interleave.mjs';

const { certificate, contenderKeys, connectionProbeCalls, sequential, concurrent } = JSON.parse(
  /** @type {string} */ (process.argv[2]),
);
const server = await startCustomerServer(certificate);
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

const result = {
  connectionsPerCall,
  sequential: await interleavedRounds(contenders, { ...sequential, inFlight: 1 }),
  concurrent: await interleavedRounds(contenders, { ...concurrent, inFlight: 32 }),
};
await server.stop();
reportToParent(result);
