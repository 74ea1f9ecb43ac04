// JSON Schema 2020-12 validation against the bundled document itself (not a copy of its
// rules): each component schema is compiled by the project's Ajv setup from generated/openapi.json.
import { documentAjv } from '../../scripts/lib/ajv.mjs';
import { loadBundledSpec, resolveRef } from '../../scripts/lib/spec.mjs';

export const bundledSpec = loadBundledSpec();

/** The tests' Ajv, holding the bundled document: one per test file, its schemas compiled once. */
export const { schemaValidator, validatorAt } = documentAjv(bundledSpec);

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
