// `redocly bundle` in-process: the engine inside the CLI (@redocly/openapi-core's OpenAPI bundler)
// and the CLI's own way of writing its result (top-level keys in the OpenAPI order, then
// JSON.stringify with two spaces or Redocly's js-yaml dump without line wrapping, no trailing
// newline), so that the files are byte for byte what `redocly bundle -o FILE` writes, without a
// Node process per bundle.
// The light entry point `@redocly/openapi-core/lib/bundle-oas` loads in half the CPU time of the
// package's main one (which brings the linter and every rule). It bundles without a configuration
// file: redocly.yaml declares no decorator or preprocessor, the only parts of it that change a
// bundle (test/drift.test.ts keeps it so).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleOas, createEmptyRedoclyConfig } from '@redocly/openapi-core/lib/bundle-oas';
import { repoRoot } from './paths.mjs';

/**
 * openapi-core's YAML writer (what the CLI dumps with), from the package's main entry point: loaded
 * only when YAML is written, so that a JSON bundle keeps the light entry point's cost.
 * @returns {Promise<(value: unknown, options: { noRefs: boolean, lineWidth: number }) => string>}
 */
const yamlWriter = async () => (await import('@redocly/openapi-core')).stringifyYaml;

/** The order in which the CLI puts an OpenAPI 3 document's top-level keys (the rest follow as they were). */
const topLevelOrder = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'security',
  'tags',
  'externalDocs',
  'paths',
  'webhooks',
  'x-webhooks',
  'components',
];

/** A file as a message names it: relative to the project when it is inside it. @param {string} file */
const shown = (file) => (file.startsWith(repoRoot + path.sep) ? path.relative(repoRoot, file) : file);

/**
 * The bundled document of `root`, its top-level keys in the order the CLI writes them.
 * @param {string} root the document's entry file
 * @param {{ dereference?: boolean }} [options] dereference: inline every $ref (`--dereferenced`)
 * @returns {Promise<Record<string, unknown>>}
 */
export async function bundled(root, { dereference = false } = {}) {
  const entry = path.resolve(root);
  const config = createEmptyRedoclyConfig();
  const { bundle: document, problems } = await bundleOas({ ref: entry, config, dereference });
  const errors = problems.filter((p) => p.severity === 'error' && !p.ignored);
  if (errors.length > 0) {
    const where = (/** @type {typeof errors[number]} */ p) =>
      p.location[0] ? `${shown(p.location[0].source.absoluteRef)}${p.location[0].pointer ?? ''}` : shown(entry);
    const lines = errors.map((p) => `  ${p.message} (at ${where(p)})`);
    throw new Error(`bundling ${shown(entry)} failed:\n${lines.join('\n')}`);
  }
  /** @type {Record<string, unknown>} */
  const parsed = document.parsed;
  /** @type {Record<string, unknown>} */
  const sorted = {};
  for (const key of topLevelOrder) if (Object.hasOwn(parsed, key)) sorted[key] = parsed[key];
  return Object.assign(sorted, parsed);
}

/**
 * A bundled document's text as the CLI writes it.
 * @param {Record<string, unknown>} document
 * @param {'json' | 'yaml'} format
 * @param {boolean} [dereferenced] whether it came from a dereferencing bundle
 */
export async function serialize(document, format, dereferenced = false) {
  if (format === 'json') return JSON.stringify(document, null, 2);
  // Only a document that is not dereferenced is dumped with noRefs (no YAML anchors), as the CLI does.
  return (await yamlWriter())(document, { noRefs: !dereferenced, lineWidth: -1 });
}

/**
 * `redocly bundle ROOT [--dereferenced] -o FILE`: JSON or YAML after FILE's extension.
 * @param {string} root @param {string} file @param {{ dereference?: boolean }} [options]
 */
export async function writeBundle(root, file, options = {}) {
  const extension = path.extname(file).slice(1);
  if (!['json', 'yaml', 'yml'].includes(extension)) throw new Error(`${file}: write a bundle to .json, .yaml or .yml`);
  const text = await serialize(
    await bundled(root, options),
    extension === 'json' ? 'json' : 'yaml',
    options.dereference,
  );
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
