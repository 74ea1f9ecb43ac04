// Order statistics for latency samples: the median says what a call usually costs, p99 what
// the slow tail costs. Nearest-rank percentiles, so every reported value was really observed.

/**
 * @param {ArrayLike<number>} sortedSamples in ascending order
 * @param {number} fraction 0.5 for the median, 0.99 for p99
 * @returns {number} NaN when there are no samples
 */
export function percentile(sortedSamples, fraction) {
  if (sortedSamples.length === 0) return NaN;
  const rank = Math.ceil(fraction * sortedSamples.length);
  return /** @type {number} */ (sortedSamples[Math.min(sortedSamples.length, Math.max(1, rank)) - 1]);
}

/** @param {Iterable<number>} samples */
export function summarize(samples) {
  const sorted = Float64Array.from(samples).sort();
  return { count: sorted.length, median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/** @param {Iterable<number>} samples */
export const median = (samples) => summarize(samples).median;
