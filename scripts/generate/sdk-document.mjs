// The contract as SDK generators need it (generated/openapi-sdk.json): the 3.0.3 variant with
// only the documented form body, plain $refs, and the timestamp layout ogen needs. Nothing else
// differs; test/sdk-document.test.ts holds it to the bundled 3.1 document rule by rule.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const sdkDocumentFile = 'openapi-sdk.json';
export const formMediaType = 'application/x-www-form-urlencoded';
// Go layout: `Z0700` reads both `Z` and the documented `+0000`; ogen's default is RFC 3339 only.
export const ogenTimeFormat = '2006-01-02T15:04:05Z0700';

/**
 * @param {string} outDir the folder holding openapi-3.0.json; the SDK document is written beside it.
 * @returns {Promise<string[]>} the files written
 */
export async function generateSdkDocument(outDir) {
  const spec30 = JSON.parse(await readFile(path.join(outDir, 'openapi-3.0.json'), 'utf8'));
  const sdk = sdkDocumentFrom(spec30);
  await writeFile(path.join(outDir, sdkDocumentFile), `${JSON.stringify(sdk, null, 2)}\n`);
  return [sdkDocumentFile];
}

/**
 * @param {any} spec30 the 3.0.3 variant of the contract (left unchanged)
 * @returns {any}
 */
export function sdkDocumentFrom(spec30) {
  const sdk = structuredClone(spec30);
  for (const pathItem of Object.values(sdk.paths)) {
    for (const operation of Object.values(pathItem)) {
      const content = operation?.requestBody?.content;
      if (!content) continue;
      // Offered form and JSON, OpenAPI Generator builds form fields and then sends them as JSON
      // (OpenAPITools/openapi-generator#9963, #4625, #2668).
      if (!content[formMediaType]) throw new Error(`an operation has no ${formMediaType} body`);
      operation.requestBody.content = { [formMediaType]: content[formMediaType] };
    }
  }
  unwrapAllOf(sdk);
  markDateTimes(sdk);
  return sdk;
}

// The 3.0 variant writes `{ allOf: [{ $ref }], description }` to keep a field's own description;
// generators turn that one-member allOf into a composed type. A plain $ref keeps every rule.
/** @param {any} node */
function unwrapAllOf(node) {
  if (Array.isArray(node)) return node.forEach(unwrapAllOf);
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node.allOf) && node.allOf.length === 1 && typeof node.allOf[0].$ref === 'string') {
    const ref = node.allOf[0].$ref;
    for (const key of Object.keys(node)) delete node[key];
    node.$ref = ref;
    return;
  }
  Object.values(node).forEach(unwrapAllOf);
}

/** @param {any} node */
function markDateTimes(node) {
  if (Array.isArray(node)) return node.forEach(markDateTimes);
  if (node === null || typeof node !== 'object') return;
  if (node.type === 'string' && node.format === 'date-time') node['x-ogen-time-format'] = ogenTimeFormat;
  Object.values(node).forEach(markDateTimes);
}
