// Counts for the tier's summary lines: vectors in the file, known deviations per SDK and check.
import { readFile } from 'node:fs/promises';
import { knownDeviations, wireVectors } from './paths.mjs';

export async function vectorCount() {
  return JSON.parse(await readFile(wireVectors, 'utf8')).vectors.length;
}

/** @returns {Promise<Record<string, number>>} vector × check pairs listed per SDK */
export async function deviationCounts() {
  /** @type {Array<{ sdk: string, vector: string | string[] }>} */
  const entries = JSON.parse(await readFile(knownDeviations, 'utf8'));
  /** @type {Record<string, number>} */
  const counts = {};
  for (const entry of entries) {
    counts[entry.sdk] = (counts[entry.sdk] ?? 0) + (Array.isArray(entry.vector) ? entry.vector.length : 1);
  }
  return counts;
}
