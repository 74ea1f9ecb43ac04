// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
// Order statistics for latency samples: the median says what a call usually costs, p99 what
// the slow tail costs. Nearest-rank percentiles, so every reported value was really observed.

export function percentile(sortedSamples, fraction) {
  if (sortedSamples.length === 0) return NaN;
  const rank = Math.ceil(fraction * sortedSamples.length);
  return sortedSamples[Math.min(sortedSamples.length, Math.max(1, rank)) - 1];
}

export function summarize(samples) {
  const sorted = Float64Array.from(samples).sort();
  return { count: sorted.length, median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

export const median = (samples) => summarize(samples).median;
