// Schemathesis (pinned in schemathesis-requirements.txt, installed on first use into a
// project-local venv under build/) as a peer of the conformance runner: the same document,
// the same server, a different generator. A short, seeded run: few examples per phase.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledSpecJson, repoRoot } from '../lib/paths.mjs';
import { ensureVenv, findPython } from '../lib/python-venv.mjs';

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
export function runSchemathesis({ st, baseUrl, apiKey, merchantId, customerId, seed = 1, maxExamples = 5 }) {
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
  return new Promise((resolve) => {
    execFile(
      st,
      args,
      {
        cwd: repoRoot,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, VERIFY_CUSTOMER_ID: customerId, NO_COLOR: '1' },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        const output = `${stdout}${stderr}`.split(apiKey).join('[api key]');
        const failed = [...new Set([...output.matchAll(/^\s*-?\s*([A-Z][\w ]+?)\s*$/gm)].map((m) => m[1] ?? ''))];
        resolve({ code, output, failed });
      },
    );
  });
}
