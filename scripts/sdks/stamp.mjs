// A hash of everything an SDK is generated from (the SDK document, its generator configuration and the
// pinned generator version), kept beside the generated code: unchanged inputs mean no regeneration.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** @param {string[]} inputs files or folders (folders are read recursively, in name order) */
export async function hashInputs(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of await filesOf(input)) {
      hash.update(`${file}\0`);
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

/** @param {string} input @returns {Promise<string[]>} */
async function filesOf(input) {
  if (!existsSync(input)) return [];
  const entries = await readdir(input, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [input];
  const nested = await Promise.all(
    entries.sort((a, b) => a.name.localeCompare(b.name)).map((entry) => filesOf(path.join(input, entry.name))),
  );
  return nested.flat();
}

/** @param {string} stampFile @param {string} hash */
export async function isCurrent(stampFile, hash) {
  return existsSync(stampFile) && (await readFile(stampFile, 'utf8')).trim() === hash;
}

/** @param {string} stampFile @param {string} hash */
export const writeStamp = (stampFile, hash) => writeFile(stampFile, `${hash}\n`);
