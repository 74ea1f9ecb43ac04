// The bundled document in three shapes: YAML and JSON with internal $refs (for docs and most
// SDK generators) and a fully dereferenced JSON (for tools that cannot follow $ref). Bundled
// in-process (scripts/lib/bundle.mjs), byte for byte what `redocly bundle` writes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundled, serialize } from '../lib/bundle.mjs';
import { specRoot } from '../lib/paths.mjs';

/**
 * @param {string} outDir
 * @returns {Promise<string[]>} the files written, relative to outDir
 */
export async function generateBundles(outDir) {
  // The YAML and the JSON are one bundle written twice; the dereferenced one is a bundle of its own.
  const [withRefs, dereferenced] = await Promise.all([bundled(specRoot), bundled(specRoot, { dereference: true })]);
  /** @type {Array<[file: string, text: string]>} */
  const outputs = [
    ['openapi.yaml', await serialize(withRefs, 'yaml')],
    ['openapi.json', await serialize(withRefs, 'json')],
    ['openapi.dereferenced.json', await serialize(dereferenced, 'json', true)],
  ];
  await Promise.all(outputs.map(([file, text]) => writeFile(path.join(outDir, file), text)));
  return outputs.map(([file]) => file);
}
