// Whether the toolchains (java, mvn, go, python) are there, and what a missing one means: one line saying what
// was skipped and why, or a failure when CI=true (CI must never pass by skipping).
import { run } from '../lib/run.mjs';

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
