// The client's own name and version, read from package.json now, so that the User-Agent it
// sends names the package without reading any package.json (least of all the caller's) at
// run time.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../lib/paths.mjs';

export const clientPackageFile = 'client-package.ts';

/**
 * @param {string} outDir
 * @returns {Promise<string[]>} the files written, relative to outDir
 */
export async function generateClientPackage(outDir) {
  const { name, version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
  const source = `// Generated from package.json by \`npm run generate\`. Do not edit by hand.

export const packageName = ${JSON.stringify(name)};
export const packageVersion = ${JSON.stringify(version)};
`;
  await writeFile(path.join(outDir, clientPackageFile), source);
  return [clientPackageFile];
}
