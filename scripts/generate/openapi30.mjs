// A 3.0.3 variant of the bundled document for generators that do not yet read OpenAPI 3.1
// (const becomes enum, type: [string, 'null'] becomes nullable, examples become example).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Converter } from '@apiture/openapi-down-convert';

/**
 * @param {string} outDir
 * @returns {Promise<string[]>} the files written, relative to outDir
 */
export async function generateOpenApi30(outDir) {
  const bundled = JSON.parse(await readFile(path.join(outDir, 'openapi.json'), 'utf8'));
  const converted = /** @type {Record<string, any>} */ (new Converter(bundled, { verbose: false }).convert());
  // 3.1-only root fields the converter leaves in place; 3.0 validators reject them.
  delete converted.jsonSchemaDialect;
  delete converted.info.summary;
  wrapRefsWithSiblings(converted.components.schemas);
  const file = 'openapi-3.0.json';
  await writeFile(path.join(outDir, file), `${JSON.stringify(converted, null, 2)}\n`);
  return [file];
}

// In 3.0 a $ref ignores its siblings, so `{ $ref, description }` would lose the field's own
// description. `{ allOf: [{ $ref }], description }` keeps both and means the same.
/** @param {any} node a part of the document */
function wrapRefsWithSiblings(node) {
  if (Array.isArray(node)) return node.forEach(wrapRefsWithSiblings);
  if (node === null || typeof node !== 'object') return;
  const keys = Object.keys(node);
  if (typeof node.$ref === 'string' && keys.length > 1) {
    node.allOf = [{ $ref: node.$ref }];
    delete node.$ref;
  }
  Object.values(node).forEach(wrapRefsWithSiblings);
}
