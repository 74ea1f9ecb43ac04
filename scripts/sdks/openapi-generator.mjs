// OpenAPI Generator, run from the jar that the pinned PyPI package `openapi-generator-cli` ships. The jar is
// run with `java -jar` directly: the package's console script discards the jar's exit code.
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { runOrThrow } from '../lib/run.mjs';
import { sdkDocument } from './paths.mjs';

/** @param {string} venvDir */
export async function generatorJar(venvDir) {
  const lib = path.join(venvDir, 'lib');
  for (const python of existsSync(lib) ? await readdir(lib) : []) {
    const jar = path.join(lib, python, 'site-packages', 'openapi_generator_cli', 'openapi-generator.jar');
    if (existsSync(jar)) return jar;
  }
  throw new Error(`openapi-generator.jar not found in ${venvDir}: is openapi-generator-cli in the requirements?`);
}

/**
 * Generates one SDK into an emptied folder: sources only, no tests or docs of its own.
 * @param {{ venvDir: string, generator: string, out: string, config: string, templates?: string }} options
 */
export async function openapiGenerate({ venvDir, generator, out, config, templates }) {
  await rm(out, { recursive: true, force: true });
  await runOrThrow('java', [
    '-jar',
    await generatorJar(venvDir),
    'generate',
    '-i',
    sdkDocument,
    '-g',
    generator,
    '-o',
    out,
    '-c',
    config,
    ...(templates ? ['-t', templates] : []),
    '--global-property',
    'apiTests=false,modelTests=false,apiDocs=false,modelDocs=false',
  ]);
}
