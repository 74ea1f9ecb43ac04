// The packages a user gets installed at run time by depending on a package: its dependencies,
// theirs, and so on, resolved in package-lock.json the way Node resolves them on disk (the
// nearest node_modules folder upwards wins). Development dependencies are never followed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';

const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8'));

/**
 * @param {string} fromFolder
 * @param {string} name
 * @returns {string | undefined} the lock's folder for `name` as Node finds it from `fromFolder`
 */
function resolveInstalled(fromFolder, name) {
  let folder = fromFolder;
  for (;;) {
    const candidate = `${folder ? `${folder}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!folder) return undefined;
    const parentEnd = folder.lastIndexOf('/node_modules/');
    folder = parentEnd === -1 ? '' : folder.slice(0, parentEnd);
  }
}

/**
 * @param {string} packageFolder '' for this project, or e.g. 'node_modules/expresscheckout-nodejs'
 * @returns {{ direct: string[], installed: string[] }} names of direct dependencies, and every
 *   installed package folder they pull in (an optional peer that is not installed is not counted)
 */
export function runtimePackages(packageFolder) {
  const entry = lock.packages[packageFolder];
  /** @param {Record<string, any>} e a package-lock.json entry */
  const dependencyNames = (e) => Object.keys({ ...e.dependencies, ...e.optionalDependencies, ...e.peerDependencies });
  /** @type {Set<string>} */
  const installed = new Set();
  /** @param {string} folder */
  const visit = (folder) => {
    for (const name of dependencyNames(lock.packages[folder])) {
      const resolved = resolveInstalled(folder, name);
      if (resolved && !installed.has(resolved)) {
        installed.add(resolved);
        visit(resolved);
      }
    }
  };
  visit(packageFolder);
  return { direct: dependencyNames(entry), installed: [...installed].sort() };
}
