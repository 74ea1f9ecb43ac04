// Runs a gate's steps side by side: each step starts as soon as the steps it needs have passed,
// its output is printed whole when it ends (so parallel steps never interleave), and a summary
// with each step's wall time closes the run. Used by `npm run test:ts` (scripts/test-ts.mjs).
import { runNode } from './run.mjs';

/**
 * @typedef {object} Step
 * @property {string} name shown in the output and the summary
 * @property {string} script the Node script to run (absolute, or relative to the repository root)
 * @property {string[]} args
 * @property {string[]} [after] names of the steps that must pass first
 * @property {Record<string, string | undefined> | Promise<Record<string, string | undefined>>} [env] added to
 *   the environment; a promise holds the step back until it resolves (a server the step needs)
 */

/** @typedef {{ name: string, outcome: 'passed' | 'failed' | 'not run', seconds: number }} StepResult */

/**
 * @param {Step[]} steps in the order to start them when they are ready (longest first pays off)
 * @param {(text: string) => void} [print]
 * @returns {Promise<StepResult[]>} one result per step, in the order given
 */
export async function runSteps(steps, print = (text) => process.stdout.write(text)) {
  /** @type {Map<string, Promise<StepResult>>} */
  const running = new Map();
  /** @param {Step} step @returns {Promise<StepResult>} */
  const start = async (step) => {
    const before = await Promise.all(
      (step.after ?? []).map((name) => /** @type {Promise<StepResult>} */ (running.get(name))),
    );
    if (before.some((result) => result.outcome !== 'passed'))
      return { name: step.name, outcome: 'not run', seconds: 0 };
    const env = (await step.env) ?? {};
    const started = performance.now();
    const { code, output: printed } = await runNode(step.script, step.args, { env });
    const seconds = (performance.now() - started) / 1000;
    const outcome = code === 0 ? 'passed' : 'failed';
    const output = printed.trimEnd();
    print(`\n── ${step.name}: ${outcome} in ${seconds.toFixed(1)} s ──\n${output ? `${output}\n` : ''}`);
    return { name: step.name, outcome, seconds };
  };
  // Steps are registered in order, so a step's `after` must name an earlier step.
  for (const step of steps) {
    for (const needed of step.after ?? []) {
      if (!running.has(needed)) throw new Error(`step ${step.name} needs ${needed}, which must be an earlier step`);
    }
    running.set(step.name, start(step));
  }
  return Promise.all([...running.values()]);
}

/**
 * The closing summary: one line per step, and whether the whole run passed.
 * @param {StepResult[]} results
 * @param {number} totalSeconds
 */
export function summarize(results, totalSeconds) {
  const width = Math.max(...results.map((result) => result.name.length));
  const lines = results.map(
    (result) =>
      `  ${result.name.padEnd(width)}  ${result.outcome.padEnd(7)}  ${result.outcome === 'not run' ? '' : `${result.seconds.toFixed(1)} s`}`,
  );
  const passed = results.every((result) => result.outcome === 'passed');
  return `\n${lines.join('\n')}\n${passed ? 'passed' : 'FAILED'} in ${totalSeconds.toFixed(1)} s wall\n`;
}
