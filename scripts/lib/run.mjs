// The one way the project runs a Node script (Redocly's CLI, the generate step, the conformance
// runner, the benchmark) as a child process: this Node, colour and telemetry off, output kept.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { redoclyBin, repoRoot } from './paths.mjs';

/** @typedef {{ code: number | string, stdout: string, stderr: string }} NodeResult */

/**
 * @typedef {object} RunOptions
 * @property {string} [cwd] the working directory; the repository root by default.
 * @property {Record<string, string | undefined>} [env] added to the environment; `undefined` removes a variable.
 * @property {number} [timeout] milliseconds before the process is killed (its code is then the signal).
 */

const quietEnv = { NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

/**
 * Runs `script` (absolute, or relative to the repository root) and resolves with its exit code
 * (or the signal that ended it) and output, whatever they are, so that a caller can assert on both.
 * @param {string} script
 * @param {string[]} args
 * @param {RunOptions} [options]
 * @returns {Promise<NodeResult>}
 */
export function runNode(script, args, { cwd = repoRoot, env = {}, timeout = 0 } = {}) {
  /** @type {Record<string, string | undefined>} */
  const merged = { ...process.env, ...quietEnv, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.resolve(repoRoot, script), ...args],
      { cwd, env: merged, timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : (error.signal ?? 1)) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Like runNode, but fails loudly, with the process's output, when it exits non-zero.
 * @param {string} script
 * @param {string[]} args
 * @param {RunOptions} [options]
 * @returns {Promise<NodeResult>}
 */
export async function runNodeCli(script, args, options) {
  const result = await runNode(script, args, options);
  if (result.code !== 0) {
    const output = [result.stdout, result.stderr].filter(Boolean).join('\n');
    throw new Error(`${script} ${args.join(' ')} failed (${result.code}):\n${output}`);
  }
  return result;
}

/**
 * Redocly's CLI, the one `npm run lint` runs, in `cwd` (the repository root by default).
 * @param {string[]} args
 * @param {string} [cwd]
 */
export const redocly = (args, cwd) => runNode(redoclyBin, args, cwd === undefined ? {} : { cwd });
