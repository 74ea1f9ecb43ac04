// How much each section does: the full run behind `npm run bench`, and the smoke run (--smoke)
// that only proves every section still works, in a few seconds (sections 1 to 3 in one process:
// sections/smoke.mjs).
export const fullPlan = {
  perCall: {
    connectionProbeCalls: 50,
    sequential: { rounds: 40, callsPerRound: 150, warmupCalls: 500, budgetMs: 240_000 },
    concurrent: { rounds: 20, callsPerRound: 1_000, warmupCalls: 1_000, budgetMs: 240_000 },
    timeoutMs: 600_000,
  },
  callPath: {
    sequential: { rounds: 30, callsPerRound: 150, warmupCalls: 300, budgetMs: 120_000 },
    concurrent: { rounds: 12, callsPerRound: 1_000, warmupCalls: 1_000, budgetMs: 120_000 },
    timeoutMs: 300_000,
  },
  profile: { rounds: 6, callsPerRound: 500, warmupCalls: 500, timeoutMs: 120_000 },
  validation: {
    sizes: [1024, 10 * 1024, 100 * 1024, 1024 * 1024],
    throughputRounds: 7,
    throughputRoundMs: 300,
    timingSamples: 15,
    timeoutMs: 300_000,
  },
  memory: {
    checkpoints: [10_000, 50_000, 100_000],
    inFlight: 32,
    warmupCalls: 1_000,
    budgetMs: 300_000,
    timeoutMs: 360_000,
  },
  footprint: { importRuns: 9 },
  gate: { npmTest: true, npmTestTimeoutMs: 600_000, prismRuns: 3 },
};

// The smoke run's budgets and time limits only stop a run that hangs. Its counts are the fewest that still take
// every path (a warm-up, rounds that rotate, 32 calls in flight, two memory checkpoints, every validation size):
// its numbers are not for reading, and on a busy machine the official SDK's warm-up alone can take seconds.
export const smokePlan = {
  perCall: {
    connectionProbeCalls: 2,
    sequential: { rounds: 2, callsPerRound: 3, warmupCalls: 1, budgetMs: 60_000 },
    concurrent: { rounds: 1, callsPerRound: 32, warmupCalls: 1, budgetMs: 60_000 },
    timeoutMs: 120_000,
  },
  callPath: {
    sequential: { rounds: 1, callsPerRound: 2, warmupCalls: 1, budgetMs: 60_000 },
    concurrent: { rounds: 1, callsPerRound: 32, warmupCalls: 1, budgetMs: 60_000 },
    timeoutMs: 120_000,
  },
  profile: { rounds: 1, callsPerRound: 5, warmupCalls: 2, timeoutMs: 120_000 },
  validation: {
    sizes: [1024, 10 * 1024, 100 * 1024, 1024 * 1024],
    throughputRounds: 1,
    throughputRoundMs: 10,
    timingSamples: 1,
    timeoutMs: 120_000,
  },
  memory: { checkpoints: [40, 80], inFlight: 32, warmupCalls: 8, budgetMs: 30_000, timeoutMs: 120_000 },
  footprint: { importRuns: 1 },
  gate: { npmTest: false, npmTestTimeoutMs: 0, prismRuns: 1 },
};
