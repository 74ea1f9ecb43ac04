// The client is measured as built into dist/ by `npm run build`. A dist/ older than its sources
// would measure yesterday's client, so it is rebuilt first whenever src/ or generated/ is newer.
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../scripts/lib/paths.mjs';

const execFileAsync = promisify(execFile);

/** The newest change among a folder's TypeScript sources (the build's inputs). */
async function newestChange(folder, { recursive }) {
  const entries = await readdir(path.join(repoRoot, folder), { recursive, withFileTypes: true });
  const times = await Promise.all(
    entries
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map(async (e) => (await stat(path.join(e.parentPath, e.name))).mtimeMs),
  );
  return Math.max(0, ...times);
}

/** @returns {Promise<boolean>} whether a build was needed */
export async function ensureClientBuilt() {
  const built = await stat(path.join(repoRoot, 'dist', 'src', 'index.js')).then((s) => s.mtimeMs, () => 0);
  const sources = Math.max(await newestChange('src', { recursive: true }), await newestChange('generated', { recursive: false }));
  if (built >= sources) return false;
  try {
    await execFileAsync('npm', ['run', 'build', '--silent'], { cwd: repoRoot });
  } catch (error) {
    throw new Error(`npm run build failed, so the client cannot be measured:\n${error.stdout}${error.stderr}`);
  }
  return true;
}
