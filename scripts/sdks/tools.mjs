// Running the toolchains (java, mvn, go, python) and deciding what a missing one means: one line saying what
// was skipped and why, or a failure when CI=true (CI must never pass by skipping).
import { spawn } from 'node:child_process';
import { repoRoot } from '../lib/paths.mjs';

/**
 * Runs a command, collecting both streams; never throws for a non-zero exit.
 * @param {string} command @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string | undefined> }} [options]
 * @returns {Promise<{ code: number, output: string }>}
 */
export function run(command, args, { cwd = repoRoot, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('error', (error) => resolve({ code: 127, output: `${output}${error.message}\n` }));
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Runs a command and throws with its output when it fails.
 * @param {string} command @param {string[]} args @param {Parameters<typeof run>[2]} [options]
 */
export async function runOrThrow(command, args, options) {
  const { code, output } = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-8000)}`);
  return output;
}

/** @type {Map<string, Promise<boolean>>} */
const found = new Map();

/** Whether a command answers its version flag. @param {string} command @param {string} [flag] */
export function hasTool(command, flag = '--version') {
  const key = `${command} ${flag}`;
  if (!found.has(key))
    found.set(
      key,
      run(command, [flag]).then(({ code }) => code === 0),
    );
  return /** @type {Promise<boolean>} */ (found.get(key));
}

/**
 * The tools an SDK needs that are not installed, as one reason, or undefined when all are there.
 * @param {Array<[command: string, flag?: string]>} tools
 */
export async function missingTools(tools) {
  const missing = [];
  for (const [command, flag] of tools) if (!(await hasTool(command, flag))) missing.push(command);
  return missing.length ? `${missing.join(' and ')} not found on the PATH` : undefined;
}

export const inCi = () => process.env.CI === 'true';
