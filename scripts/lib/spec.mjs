// Read access to the bundled document for scripts and tests: the one place that knows where
// the operation and its examples sit inside it.
import { readFileSync } from 'node:fs';
import { bundledSpecJson } from './paths.mjs';

/** @typedef {Record<string, any>} OpenApiDocument a bundled OpenAPI document, read as JSON */

/** @returns {OpenApiDocument} */
export function loadBundledSpec(file = bundledSpecJson) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export const operationPath = '/customers/{customer_id}';

/** @param {OpenApiDocument} spec */
export function updateCustomerOperation(spec) {
  return spec.paths[operationPath].post;
}

/**
 * Follows one local `#/components/...` $ref (the bundled document has no others).
 * @param {OpenApiDocument} spec
 * @param {any} node
 * @returns {any}
 */
export function resolveRef(spec, node) {
  if (!node || typeof node.$ref !== 'string') return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce(
      (/** @type {any} */ parent, /** @type {string} */ key) => parent[key.replace(/~1/g, '/').replace(/~0/g, '~')],
      spec,
    );
}

/**
 * The value of a named example of a request media type or response.
 * @param {OpenApiDocument} spec
 * @param {Record<string, any>} examples
 * @param {string} name
 */
export function exampleValue(spec, examples, name) {
  return resolveRef(spec, examples[name]).value;
}
