// Running the toolchains (java, mvn, go, python) and deciding what a missing one means: one line saying what
// was skipped and why, or a failure when CI=true (CI must never pass by skipping).
import { run as runProcess } from '../lib/run.mjs';

/**
 * Runs a command, collecting both streams in the order they came; never throws for a non-zero exit.
 * @param {string} command @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string | undefined> }} [options]
 * @returns {Promise<{ code: number, output: string }>} a command that could not start is code 127
 */
export async function run(command, args, options) {
  const { code, output } = await runProcess(command, args, options);
  return { code: typeof code === 'number' ? code : 127, output };
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
