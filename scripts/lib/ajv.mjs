// The one Ajv setup (JSON Schema 2020-12, strict, every error, with formats) shared by scripts
// and tests. The bundled OpenAPI document is added whole, so that any schema inside it is
// compiled by its JSON pointer and its `#/components/...` refs resolve in place, never from a copy.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: TypeScript sees its module object, whose `default` is the function
// (Node's default import is that function too, and it carries itself as `.default`).
const addFormats = addFormatsModule.default;

/** The `$id` under which documentAjv holds the document: `${documentId}#/components/...`. */
export const documentId = 'urn:juspay-update-customer:openapi.json';

/**
 * @typedef {{ instancePath: string, keyword: string, message?: string, params: Record<string, unknown> }} SchemaError
 * @typedef {(value: unknown) => { valid: boolean, errors: SchemaError[] }} Validator
 * @typedef {object} AjvOptions
 * @property {boolean} [formats] `false` makes `format` an annotation (the client checks date-times itself).
 */

/**
 * An Ajv with the project's options, for a schema of its own (a test's, say).
 * @param {AjvOptions} [options]
 */
export function newAjv({ formats = true } = {}) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: formats });
  if (formats) addFormats(ajv);
  return ajv;
}

/**
 * An Ajv holding `spec` whole, and validators for the schemas inside it, compiled once each.
 * @param {import('./spec.mjs').OpenApiDocument} spec the bundled document
 * @param {AjvOptions} [options]
 * @returns {{ ajv: import('ajv').default, validatorAt: (pointer: string) => Validator,
 *   schemaValidator: (name: string) => Validator }}
 */
export function documentAjv(spec, options) {
  const ajv = newAjv(options);
  // The OpenAPI document is not itself a schema; declaring its top-level keys as annotations
  // lets Ajv hold it whole.
  for (const keyword of Object.keys(spec)) ajv.addKeyword({ keyword });
  ajv.addSchema({ ...spec, $id: documentId });
  /** @type {Map<string, Validator>} */
  const cache = new Map();
  /** @param {string} pointer a JSON pointer into the document, such as `#/components/schemas/Customer` */
  const validatorAt = (pointer) => {
    const known = cache.get(pointer);
    if (known) return known;
    const validate = ajv.getSchema(`${documentId}${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer} in the bundled document`);
    /** @type {Validator} */
    const wrapped = (value) => {
      const valid = /** @type {boolean} */ (validate(value));
      return { valid, errors: /** @type {SchemaError[]} */ (validate.errors ?? []) };
    };
    cache.set(pointer, wrapped);
    return wrapped;
  };
  return { ajv, validatorAt, schemaValidator: (name) => validatorAt(`#/components/schemas/${name}`) };
}

/** A JSON pointer token for a key such as `/customers/{customer_id}`. */
export const pointerToken = (/** @type {string} */ key) => key.replaceAll('~', '~0').replaceAll('/', '~1');
