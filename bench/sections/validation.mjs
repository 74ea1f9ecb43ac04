// Section 2, in a process of its own (the smoke run's is shared: sections/smoke.mjs): the
// pre-send validator on the documented valid bodies (bodies per second), and on near-miss
// strings of 1 KB to 1 MB for each field (worst case over the near-misses). The field's bare pattern is timed on the same strings beside it, to
// show what the length bound saves and that the pattern itself stays linear.
import { startedAsCommand } from '../../scripts/lib/entry.mjs';
import { reportToParent } from '../lib/child.mjs';
import { nearMisses } from '../lib/adversarial.mjs';
import { fieldSchemas, validBodies } from '../lib/fixtures.mjs';
import { median } from '../lib/stats.mjs';
import { loadProjectValidator } from '../contenders/project-client.mjs';

/**
 * @param {(body: unknown) => boolean} accepts
 * @param {{ throughputRounds: number, throughputRoundMs: number }} plan
 */
function bodiesPerSecond(accepts, { throughputRounds, throughputRoundMs }) {
  /** @type {number[]} */
  const perRound = [];
  for (let round = 0; round < throughputRounds; round++) {
    let count = 0;
    const began = performance.now();
    const until = began + throughputRoundMs;
    while (performance.now() < until) {
      for (const body of validBodies) accepts(body);
      count += validBodies.length;
    }
    perRound.push((count / (performance.now() - began)) * 1000);
  }
  return median(perRound);
}

/**
 * Median cost of one call in milliseconds; small inputs are timed in batches for resolution.
 * @param {() => unknown} run
 * @param {number} size the input's length
 * @param {number} timingSamples
 */
function costMs(run, size, timingSamples) {
  const batch = Math.max(1, Math.round(100_000 / size));
  for (let i = 0; i < batch; i++) run(); // warm-up: compiled code, not the first call, is timed
  /** @type {number[]} */
  const samples = [];
  for (let sample = 0; sample < timingSamples; sample++) {
    const began = performance.now();
    for (let i = 0; i < batch; i++) run();
    samples.push((performance.now() - began) / batch);
  }
  return median(samples);
}

/**
 * @param {{ sizes: number[], throughputRounds: number, throughputRoundMs: number, timingSamples: number }} plan
 */
export async function measureValidation({ sizes, throughputRounds, throughputRoundMs, timingSamples }) {
  const accepts = await loadProjectValidator();
  for (const body of validBodies) {
    if (!accepts(body)) throw new Error('the validator refused a documented example body');
  }

  const throughput = bodiesPerSecond(accepts, { throughputRounds, throughputRoundMs });
  const fields = [];
  for (const [field, builders] of Object.entries(nearMisses)) {
    const pattern = new RegExp(fieldSchemas[field].pattern, 'u');
    const rows = sizes.map((/** @type {number} */ size) => {
      let validatorMs = 0;
      let patternMs = 0;
      let worstInput = '';
      for (const [shape, build] of Object.entries(builders)) {
        const value = build(size);
        if (accepts({ [field]: value })) throw new Error(`the validator accepted a ${size}-character ${field}`);
        if (pattern.test(value)) throw new Error(`the ${field} pattern matched its near-miss "${shape}"`);
        const cost = costMs(() => accepts({ [field]: value }), size, timingSamples);
        if (cost >= validatorMs) [validatorMs, worstInput] = [cost, shape];
        patternMs = Math.max(
          patternMs,
          costMs(() => pattern.test(value), size, timingSamples),
        );
      }
      return { size, validatorMs, patternMs, worstInput };
    });
    fields.push({ field, maxLength: fieldSchemas[field].maxLength, rows });
  }

  return { bodiesPerSecond: throughput, fields };
}

// No server here: the settings are the whole argument.
if (startedAsCommand(import.meta.url))
  reportToParent(await measureValidation(JSON.parse(/** @type {string} */ (process.argv[2]))));
