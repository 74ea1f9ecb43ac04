// The client as it was at a git commit, built with the repository's own TypeScript into
// build/bench-before/<commit>/ (git-ignored), beside node_modules so it finds openapi-fetch.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, tscBin } from '../../scripts/lib/paths.mjs';
import { runOrThrow as run } from '../../scripts/lib/run.mjs';

/**
 * @param {string} ref a commit, branch or tag
 * @returns {Promise<{ commit: string, entry: string }>} the commit and the built index.js
 */
export async function buildClientAt(ref) {
  const commit = (await run('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: repoRoot })).stdout.trim();
  const folder = path.join(repoRoot, 'build', 'bench-before', commit);
  const entry = path.join(folder, 'dist', 'src', 'index.js');
  if (existsSync(entry)) return { commit, entry };
  await rm(folder, { recursive: true, force: true });
  const tree = path.join(folder, 'tree');
  await mkdir(tree, { recursive: true });
  // Only the client's sources: src/ and the generated modules it imports.
  const archive = path.join(folder, 'sources.tar');
  await run('git', ['archive', '--format=tar', `--output=${archive}`, commit, 'src', 'generated'], { cwd: repoRoot });
  await run('tar', ['-xf', archive, '-C', tree]);
  await writeFile(
    path.join(tree, 'tsconfig.json'),
    JSON.stringify({
      extends: path.join(repoRoot, 'tsconfig.build.json'),
      compilerOptions: { rootDir: '.', outDir: '../dist', declaration: false },
      include: ['src'],
    }),
  );
  await writeFile(path.join(folder, 'package.json'), '{"type":"module"}\n');
  await run(process.execPath, [tscBin, '-p', path.join(tree, 'tsconfig.json')], { cwd: repoRoot });
  return { commit, entry };
}
