// Read access to the bundled document for scripts and tests: the one place that knows where
// the operation and its examples sit inside it.
import { readFileSync } from 'node:fs';
import { bundledSpecJson } from './paths.mjs';

export function loadBundledSpec(file = bundledSpecJson) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export const operationPath = '/customers/{customer_id}';

export function updateCustomerOperation(spec) {
  return spec.paths[operationPath].post;
}

/** Follows one local `#/components/...` $ref (the bundled document has no others). */
export function resolveRef(spec, node) {
  if (!node || typeof node.$ref !== 'string') return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((parent, key) => parent[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

/** The value of a named example of a request media type or response. */
export function exampleValue(spec, examples, name) {
  return resolveRef(spec, examples[name]).value;
}
