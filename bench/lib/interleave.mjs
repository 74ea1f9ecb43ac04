// Interleaved rounds: every contender runs a batch in every round, in an order that rotates
// from round to round, so a burst of load from elsewhere on a shared machine lands on all of
// them alike instead of on whichever happened to run at that moment. A warm-up batch per
// contender comes first and is not counted.
import { summarize } from './stats.mjs';

/**
 * A plan of interleaved rounds as bench/lib/plan.mjs writes it; each section adds how many calls
 * are in flight (one at a time, or 32).
 * @typedef {{ rounds: number, callsPerRound: number, warmupCalls: number, budgetMs: number }} Rounds
 */

/**
 * Runs `count` calls with at most `inFlight` pending at once; stops early past `deadline`.
 * @param {() => Promise<unknown>} call
 * @param {{ count: number, inFlight: number, deadline?: number }} options
 */
export async function runBatch(call, { count, inFlight, deadline = Infinity }) {
  /** @type {number[]} */
  const latencies = [];
  let started = 0;
  const began = performance.now();
  const worker = async () => {
    while (started < count && performance.now() < deadline) {
      started += 1;
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
  return { latencies, wallMs: performance.now() - began };
}

/**
 * @param {Array<{ label: string, name: string, call: () => Promise<unknown> }>} contenders
 * @param {Rounds & { inFlight: number }} plan
 */
export async function interleavedRounds(contenders, { rounds, callsPerRound, warmupCalls, inFlight, budgetMs }) {
  const deadline = performance.now() + budgetMs;
  for (const { call } of contenders) await runBatch(call, { count: warmupCalls, inFlight });

  /** @type {Array<{ latencies: number[], roundMedians: number[], calls: number, wallMs: number }>} */
  const results = contenders.map(() => ({ latencies: [], roundMedians: [], calls: 0, wallMs: 0 }));
  let roundsRun = 0;
  for (let round = 0; round < rounds && performance.now() < deadline; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const index = (round + k) % contenders.length;
      const contender = /** @type {(typeof contenders)[number]} */ (contenders[index]);
      const batch = await runBatch(contender.call, { count: callsPerRound, inFlight, deadline });
      const result = /** @type {(typeof results)[number]} */ (results[index]);
      for (const latency of batch.latencies) result.latencies.push(latency);
      result.roundMedians.push(summarize(batch.latencies).median);
      result.calls += batch.latencies.length;
      result.wallMs += batch.wallMs;
    }
    roundsRun += 1;
  }
  return {
    roundsRun,
    stoppedByBudget: roundsRun < rounds,
    contenders: contenders.map(({ label, name }, index) => {
      const { latencies, roundMedians, calls, wallMs } = /** @type {(typeof results)[number]} */ (results[index]);
      return { label, name, ...summarize(latencies), roundMedians, callsPerSecond: (calls / wallMs) * 1000 };
    }),
  };
}
