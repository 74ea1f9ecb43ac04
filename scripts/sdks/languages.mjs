// The SDKs of the tier, and the steps they share: which tools each needs, when each is regenerated (a stamp
// of its inputs' hash in build/sdks/<name>.stamp), and the pinned Python environment the generator's jar
// comes from.
import path from 'node:path';
import { ensureVenv } from '../lib/python-venv.mjs';
import { go } from './go.mjs';
import { java } from './java.mjs';
import { sdkBuildRoot, sdkConfigDir } from './paths.mjs';
import { python } from './python.mjs';
import { hashInputs, isCurrent, writeStamp } from './stamp.mjs';
import { inCi, missingTools } from './tools.mjs';
import { mkdir } from 'node:fs/promises';

/**
 * @typedef {{ dir: string, python: string }} Venv
 * @typedef {{ venv: Venv }} Context
 * @typedef {{ tests: number, failed: number }} Counts
 * @typedef {{
 *   name: string, label: string, tools: Array<[string, string?]>, needsVenv: boolean, inputs: () => string[],
 *   generate: (context: Context) => Promise<void>, build: (context: Context) => Promise<void>,
 *   test: (env: Record<string, string>, context: Context) => Promise<{ code: number | string, output: string, counts: Counts }>
 * }} Language
 */

/** @type {Language[]} */
export const languages = [java, go, python]; // the slowest first, so it starts first when run in parallel

export const requirementsFile = path.join(sdkConfigDir('python'), 'requirements.txt');

/**
 * The languages whose tools are installed. Each one left out is reported in one line; with CI=true a missing
 * tool is an error instead.
 * @param {(line: string) => void} say
 */
export async function availableLanguages(say) {
  const available = [];
  const missing = [];
  for (const language of languages) {
    const reason = await missingTools(language.tools);
    if (reason) missing.push(`the ${language.name} SDK (${reason})`);
    else available.push(language);
  }
  if (missing.length && inCi()) throw new Error(`SDK tier: CI=true and cannot run ${missing.join(', ')}`);
  if (missing.length) say(`SDK tier: skipped ${missing.join(', ')}; set CI=true to make this an error`);
  return available;
}

/**
 * Prepares the shared Python environment when any chosen language needs it.
 * @param {Language[]} chosen @returns {Promise<Context>}
 */
export async function prepare(chosen) {
  const venv = chosen.some((language) => language.needsVenv)
    ? await ensureVenv('sdks', requirementsFile)
    : { dir: '', python: '' };
  return { venv };
}

/**
 * Regenerates each SDK whose inputs changed since its stamp, all at once; returns the names regenerated.
 * @param {Language[]} chosen @param {Context} context
 */
export async function generateStale(chosen, context) {
  await mkdir(sdkBuildRoot, { recursive: true });
  const regenerated = await Promise.all(
    chosen.map(async (language) => {
      const stampFile = path.join(sdkBuildRoot, `${language.name}.stamp`);
      const hash = await hashInputs(language.inputs());
      if (await isCurrent(stampFile, hash)) return undefined;
      await language.generate(context);
      await writeStamp(stampFile, hash);
      return language.name;
    }),
  );
  return regenerated.filter((name) => name !== undefined);
}
