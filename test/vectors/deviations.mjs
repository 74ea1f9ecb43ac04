// The rule every SDK harness applies to a vector's result (the TypeScript one imports this module; the
// Python, Go and Java harnesses re-implement these few lines natively): a vector passes when it is met
// and not listed in known-deviations.json, or when it is listed for this SDK and check and what happened
// is still exactly what the entry records. Anything else fails: a new gap, a changed one, or a fixed one
// whose entry must go.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const knownDeviationsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'known-deviations.json');

/**
 * @typedef {'python' | 'go' | 'java' | 'typescript'} Sdk
 * @typedef {'recording' | 'prism'} Check
 * @typedef {{ sdk: Sdk, vector: string | string[], check: Check, actual: string, why: string, upstream?: string }}
 *   Deviation
 */

const sdks = ['python', 'go', 'java', 'typescript'];
const checks = ['recording', 'prism'];

/**
 * Reads the table and refuses a malformed entry by its position (a misspelt sdk or check would never match,
 * and would read as a gap nobody explained).
 * @param {string} [file] @returns {Deviation[]}
 */
export function loadDeviations(file = knownDeviationsFile) {
  const table = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(table)) throw new Error(`${file}: expected an array of deviations`);
  table.forEach((/** @type {any} */ entry, /** @type {number} */ index) => {
    const problems = [];
    if (!sdks.includes(entry?.sdk)) problems.push(`sdk must be one of ${sdks.join(', ')}`);
    if (!checks.includes(entry?.check)) problems.push(`check must be one of ${checks.join(', ')}`);
    const vectors = Array.isArray(entry?.vector) ? entry.vector : [entry?.vector];
    if (!vectors.length || !vectors.every((/** @type {unknown} */ name) => typeof name === 'string' && name)) {
      problems.push('vector must be a name or a non-empty list of names');
    }
    for (const field of ['actual', 'why']) {
      if (typeof entry?.[field] !== 'string' || !entry[field]) problems.push(`${field} must be a non-empty string`);
    }
    if (problems.length) throw new Error(`${file}: entry ${index}: ${problems.join('; ')}`);
  });
  return table;
}

/** @param {Deviation} entry */
const vectorsOf = (entry) => (Array.isArray(entry.vector) ? entry.vector : [entry.vector]);

/**
 * @param {Deviation[]} deviations
 * @param {{ sdk: Sdk, vector: string, check: Check, actual: string | null }} result `actual` is null when the
 *   vector was met, else the harness's one-line account of what happened instead
 * @returns {{ ok: boolean, message: string }}
 */
export function judgeResult(deviations, { sdk, vector, check, actual }) {
  const listed = deviations.find(
    (entry) => entry.sdk === sdk && entry.check === check && vectorsOf(entry).includes(vector),
  );
  if (!listed && actual === null) return { ok: true, message: 'met' };
  if (!listed) return { ok: false, message: `unexplained: ${actual}` };
  if (actual === null) {
    return { ok: false, message: 'listed as a known deviation but now met: remove it from known-deviations.json' };
  }
  if (actual !== listed.actual) {
    return { ok: false, message: `the known deviation changed: recorded "${listed.actual}", now "${actual}"` };
  }
  return { ok: true, message: `known deviation (${listed.upstream ?? listed.why})` };
}

/**
 * Entries that name a vector the vectors file no longer has: a stale table hides nothing, but misleads.
 * @param {Deviation[]} deviations @param {string[]} vectorNames
 */
export function staleEntries(deviations, vectorNames) {
  const names = new Set(vectorNames);
  return deviations.flatMap((entry) =>
    vectorsOf(entry)
      .filter((vector) => !names.has(vector))
      .map((vector) => `${entry.sdk}/${vector}`),
  );
}
