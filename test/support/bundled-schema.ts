// JSON Schema 2020-12 validation against the bundled document itself (not a copy of its
// rules): each component schema is compiled by Ajv from generated/openapi.json.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import { loadBundledSpec, resolveRef } from '../../scripts/lib/spec.mjs';

// ajv-formats is CommonJS whose default export TypeScript cannot see under NodeNext.
const addFormats: typeof import('ajv-formats').default = createRequire(import.meta.url)('ajv-formats');

export const bundledSpec = loadBundledSpec();

/** The `$id` under which documentAjv holds the bundled document: `${documentId}#/components/...`. */
export const documentId = 'urn:juspay-update-customer:openapi.json';

/**
 * The one Ajv setup of the tests: Ajv 2020, strict, every error, holding the bundled document
 * whole. With `formats: false`, `format` is an annotation, as the client's checks read it.
 */
export function documentAjv({ formats = true } = {}) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: formats });
  if (formats) addFormats(ajv);
  // The OpenAPI document is not itself a schema; declaring its top-level keys as annotations
  // lets Ajv hold it whole, so that `#/components/schemas/...` refs resolve inside it.
  for (const keyword of Object.keys(bundledSpec)) ajv.addKeyword({ keyword });
  ajv.addSchema({ ...bundledSpec, $id: documentId });
  return ajv;
}

const ajv = documentAjv();

export function schemaValidator(schemaName: string) {
  const validate = ajv.getSchema(`${documentId}#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`no schema ${schemaName} in the bundled document`);
  return (value: unknown) => ({ valid: validate(value) as boolean, errors: validate.errors ?? [] });
}

/** The schema of one request body field, its `$ref` followed. */
export function bodyFieldSchema(field: string) {
  return resolveRef(bundledSpec, bundledSpec.components.schemas.UpdateCustomerBody.properties[field]);
}

/** The schema of a path or header parameter, by its component name. */
export function parameterSchema(name: string) {
  return bundledSpec.components.parameters[name].schema;
}

/** Validates one field's value by wrapping it in an UpdateCustomerBody. */
const validateBody = schemaValidator('UpdateCustomerBody');
export function acceptsField(field: string, value: unknown): boolean {
  return validateBody({ [field]: value }).valid;
}

/** Every `pattern` in the bundled document, with the JSON pointer where it stands. */
export function allPatterns(): Array<{ where: string; pattern: string }> {
  const found: Array<{ where: string; pattern: string }> = [];
  const walk = (node: unknown, where: string) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') found.push({ where, pattern: value });
      else walk(value, `${where}/${key}`);
    }
  };
  walk(bundledSpec, '#');
  return found;
}
