// A project-local Python virtual environment per purpose (build/venv/<name>), created on first use
// from a pinned requirements file and reused while that file is unchanged: the SDK tier and any other
// Python tool get their packages from PyPI once, without touching the machine's own Python.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './paths.mjs';
import { run, runOrThrow } from './run.mjs';

export const venvRoot = path.join(repoRoot, 'build', 'venv');

/**
 * The interpreter that creates environments: $PYTHON, else python3 on the PATH.
 * @returns {Promise<string | undefined>} undefined when there is none (the caller decides to skip or fail).
 */
export async function findPython() {
  const candidate = process.env.PYTHON || 'python3';
  const { code } = await run(candidate, ['-c', 'import venv, ensurepip']);
  return code === 0 ? candidate : undefined;
}

/**
 * Creates (or reuses) build/venv/<name> with exactly the packages of `requirementsFile` installed.
 * The file's hash is stamped inside the environment; a changed file rebuilds the environment from scratch,
 * so nothing from an older pin lingers.
 * @param {string} name a folder name, e.g. 'sdks'
 * @param {string} requirementsFile pinned requirements (`package==version` lines)
 * @returns {Promise<{ dir: string, python: string, bin: (tool: string) => string, created: boolean }>}
 */
export async function ensureVenv(name, requirementsFile) {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`venv name ${JSON.stringify(name)} is not [a-z0-9-]+`);
  const dir = path.join(venvRoot, name);
  const binDir = path.join(dir, process.platform === 'win32' ? 'Scripts' : 'bin');
  const bin = (/** @type {string} */ tool) => path.join(binDir, tool);
  const python = bin('python');
  const stampFile = path.join(dir, '.requirements.sha256');
  const requirements = await readFile(requirementsFile);
  const wanted = createHash('sha256').update(requirements).digest('hex');
  const stamp = existsSync(stampFile) ? (await readFile(stampFile, 'utf8')).trim() : '';
  if (stamp === wanted && existsSync(python)) return { dir, python, bin, created: false };

  const base = await findPython();
  if (!base) throw new Error('no python3 with the venv module on the PATH (set PYTHON to use another interpreter)');
  await rm(dir, { recursive: true, force: true });
  await mkdir(venvRoot, { recursive: true });
  await runOrThrow(base, ['-m', 'venv', dir]);
  await runOrThrow(python, [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--no-input',
    '-r',
    requirementsFile,
  ]);
  await writeFile(stampFile, `${wanted}\n`);
  return { dir, python, bin, created: true };
}
