// The client is measured as built into dist/ by `npm run build`. A dist/ older than its sources
// would measure yesterday's client, so a full run rebuilds it first whenever src/ or generated/
// is newer.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { run } from '../../scripts/lib/run.mjs';

/**
 * The newest change among a folder's TypeScript sources (the build's inputs).
 * @param {string} folder relative to the repository
 * @param {{ recursive: boolean }} options
 */
async function newestChange(folder, { recursive }) {
  const entries = await readdir(path.join(repoRoot, folder), { recursive, withFileTypes: true });
  const times = await Promise.all(
    entries
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map(async (e) => (await stat(path.join(e.parentPath, e.name))).mtimeMs),
  );
  return Math.max(0, ...times);
}

/**
 * @param {{ rebuild: boolean }} options without `rebuild` (the smoke run, which runs beside tests
 *   that read dist/), a stale dist/ is used as it is and only a missing one is an error
 * @returns {Promise<'fresh' | 'rebuilt' | 'stale'>}
 */
export async function ensureClientBuilt({ rebuild }) {
  const built = await stat(path.join(repoRoot, 'dist', 'src', 'index.js')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sources = Math.max(
    await newestChange('src', { recursive: true }),
    await newestChange('generated', { recursive: false }),
  );
  if (built >= sources) return 'fresh';
  if (!rebuild) {
    if (built === 0) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    return 'stale';
  }
  const build = await run('npm', ['run', 'build', '--silent']);
  if (build.code !== 0) throw new Error(`npm run build failed, so the client cannot be measured:\n${build.output}`);
  return 'rebuilt';
}
