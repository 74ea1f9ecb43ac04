// Runs `redocly diff` (diff-recommended rules) between two bundled documents, bundles openapi/
// for it (in-process, as `npm run generate` does), and reads and bumps MAJOR.MINOR.PATCH versions.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeBundle } from '../lib/bundle.mjs';
import { generatedDir, redoclyBin, repoRoot, specRoot } from '../lib/paths.mjs';
import { runNodeCli } from '../lib/run.mjs';

export const baselineJson = path.join(generatedDir, 'baseline', 'openapi.json');
export const diffConfig = path.join(repoRoot, 'redocly-diff.yaml');

/**
 * The `redocly diff --format json` report of base → revision (both bundled documents).
 * @param {string} base @param {string} revision
 */
export async function diffReport(base, revision) {
  const { stdout } = await runNodeCli(redoclyBin, [
    'diff',
    base,
    revision,
    '--config',
    diffConfig,
    '--format',
    'json',
    '--fail-on',
    'none',
  ]);
  return JSON.parse(stdout.slice(stdout.indexOf('{')));
}

/**
 * Bundles openapi/ into a temporary file, so that both sides of the diff have the same shape.
 * @template T @param {(file: string) => Promise<T>} use @returns {Promise<T>}
 */
export async function withBundledSource(use) {
  const dir = await mkdtemp(path.join(tmpdir(), 'openapi-revision-'));
  try {
    const file = path.join(dir, 'openapi.json');
    await writeBundle(specRoot, file);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** @param {string | undefined} text @returns {[number, number, number]} */
export function parseVersion(text) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text ?? '');
  if (!match) throw new Error(`info.version ${JSON.stringify(text)} is not MAJOR.MINOR.PATCH`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** @param {string} a @param {string} b */
export function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** @param {string} version @param {string} level */
export function bumpVersion(version, level) {
  const [major, minor, patch] = parseVersion(version);
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
