// Section 3, run with --expose-gc in a process of its own for one contender (the smoke run: in
// sections/smoke.mjs, one process for everything, its numbers not for reading): many documented
// calls against the loopback server, and the heap after a forced full collection at each
// checkpoint. A client that keeps something per call shows it as growth between checkpoints.
import { createContenders } from '../contenders/index.mjs';
import { startedAsCommand } from '../../scripts/lib/entry.mjs';
import { runSectionProcess } from '../lib/child.mjs';
import { runBatch } from '../lib/interleave.mjs';

async function heapAfterFullCollection() {
  // Several passes with a pause between them: fetch frees some objects only through
  // FinalizationRegistry callbacks and weak references, which run after a collection.
  for (let pass = 0; pass < 3; pass++) {
    /** @type {() => void} */ (globalThis.gc)();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  /** @type {() => void} */ (globalThis.gc)();
  return process.memoryUsage().heapUsed;
}

/**
 * @param {import('../lib/child.mjs').CustomerServer} server
 * @param {{ contenderKey: import('../contenders/index.mjs').ContenderKey, checkpoints: number[], inFlight: number,
 *   warmupCalls: number, budgetMs: number }} settings
 */
export async function measureMemory(server, { contenderKey, checkpoints, inFlight, warmupCalls, budgetMs }) {
  if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
  const contenders = await createContenders([contenderKey], { port: server.port });
  const contender = /** @type {(typeof contenders)[number]} */ (contenders[0]);
  const deadline = performance.now() + budgetMs;
  await runBatch(contender.call, { count: warmupCalls, inFlight });
  const samples = [{ calls: 0, heapUsed: await heapAfterFullCollection() }];
  let calls = 0;
  for (const checkpoint of checkpoints) {
    // Only the count is kept: the batch's latency list must not be on the heap being measured.
    calls += (await runBatch(contender.call, { count: checkpoint - calls, inFlight, deadline })).latencies.length;
    samples.push({ calls, heapUsed: await heapAfterFullCollection() });
    if (calls < checkpoint) break;
  }
  return { label: contender.label, name: contender.name, samples };
}

if (startedAsCommand(import.meta.url)) await runSectionProcess(measureMemory);
