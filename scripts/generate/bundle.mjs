// The bundled document in three shapes: YAML and JSON with internal $refs (for docs and most
// SDK generators) and a fully dereferenced JSON (for tools that cannot follow $ref).
import path from 'node:path';
import { redoclyBin, specRoot } from '../lib/paths.mjs';
import { runNodeCli } from '../lib/run.mjs';

/**
 * @param {string} outDir
 * @returns {Promise<string[]>} the files written, relative to outDir
 */
export async function generateBundles(outDir) {
  /** @type {Array<[file: string, flags: string[]]>} */
  const outputs = [
    ['openapi.yaml', []],
    ['openapi.json', []],
    ['openapi.dereferenced.json', ['--dereferenced']],
  ];
  await Promise.all(
    outputs.map(([file, flags]) =>
      runNodeCli(redoclyBin, ['bundle', specRoot, ...flags, '-o', path.join(outDir, file)]),
    ),
  );
  return outputs.map(([file]) => file);
}
