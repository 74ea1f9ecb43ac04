// Schemathesis (pinned in schemathesis-requirements.txt, installed on first use into a
// project-local venv under build/) as a peer of the conformance runner: the same document,
// the same server, a different generator. A short, seeded run: few examples per phase.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledSpecJson } from '../lib/paths.mjs';
import { ensureVenv, findPython } from '../lib/python-venv.mjs';
import { run } from '../lib/run.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const requirementsFile = path.join(here, 'schemathesis-requirements.txt');
export const configFile = path.join(here, 'schemathesis.toml');

/** @returns {Promise<string | undefined>} the `st` command, or undefined when there is no Python to install it with */
export async function schemathesisCommand() {
  if (!(await findPython())) return undefined;
  const venv = await ensureVenv('schemathesis', requirementsFile);
  return venv.bin('st');
}

/**
 * @param {object} options
 * @param {string} options.st the command from schemathesisCommand()
 * @param {string} options.baseUrl
 * @param {string} options.apiKey
 * @param {string} options.merchantId
 * @param {string} options.customerId
 * @param {number} [options.seed]
 * @param {number} [options.maxExamples]
 * @returns {Promise<{ code: number, output: string, failed: string[] }>} `failed`: the checks that failed
 */
export async function runSchemathesis({ st, baseUrl, apiKey, merchantId, customerId, seed = 1, maxExamples = 5 }) {
  const args = [
    '--config-file',
    configFile,
    'run',
    bundledSpecJson,
    '--url',
    baseUrl,
    '--auth',
    `${apiKey}:`,
    '--header',
    `x-merchantid: ${merchantId}`,
    '--phases',
    'examples,coverage,fuzzing',
    '--max-examples',
    String(maxExamples),
    '--seed',
    String(seed),
    '--workers',
    '1',
    '--no-color',
    '--request-timeout',
    '5',
  ];
  const result = await run(st, args, { env: { VERIFY_CUSTOMER_ID: customerId, NO_COLOR: '1' } });
  const code = typeof result.code === 'number' ? result.code : 1;
  const output = `${result.stdout}${result.stderr}`.split(apiKey).join('[api key]');
  const failed = [...new Set([...output.matchAll(/^\s*-?\s*([A-Z][\w ]+?)\s*$/gm)].map((m) => m[1] ?? ''))];
  return { code, output, failed };
}
