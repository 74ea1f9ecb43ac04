// The client's checks, taken from the bundled document: every schema the client checks (the
// body, the parameters, the JSON responses) written out as data, rules only, for
// src/schema-check.ts to evaluate. Prose (descriptions, titles, examples) stays out, and each
// `$ref`'d schema becomes one constant that its users share, so PersonName is written once.
// A keyword the client's evaluator does not know stops the generation: no rule is ever dropped.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { operationPath, resolveRef, updateCustomerOperation } from '../lib/spec.mjs';

/** @typedef {import('../lib/spec.mjs').OpenApiDocument} OpenApiDocument */
/** @typedef {SchemaName | Record<string, unknown>} WrittenRules a schema's rules, or the constant that holds them */
/** @typedef {(node: unknown, where: string) => WrittenRules} RulesOf */

export const validatorFile = 'update-customer-validators.ts';

/**
 * @param {string} outDir the generated folder, holding openapi.json.
 * @returns {Promise<string[]>} the files written, relative to `outDir`.
 */
export async function generateValidator(outDir) {
  const spec = JSON.parse(await readFile(path.join(outDir, 'openapi.json'), 'utf8'));
  await writeFile(path.join(outDir, validatorFile), rulesModule(spec));
  return [validatorFile];
}

/** @type {Set<unknown>} */
const schemaTypes = new Set(['string', 'null', 'boolean', 'object', 'array']);
/** @param {unknown} value */
const isCount = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

// The keywords src/schema-check.ts evaluates, each with the values it handles. Its test holds
// its verdicts and errors to Ajv's on this document.
/** @type {Record<string, (value: unknown) => boolean>} */
const ruleKeywords = {
  type: (value) => {
    const types = [value].flat();
    return types.length > 0 && types.every((type) => schemaTypes.has(type));
  },
  // Compared with ===, so only a scalar.
  const: (value) => value === null || ['string', 'number', 'boolean'].includes(typeof value),
  maxLength: isCount,
  minLength: isCount,
  pattern: (value) => typeof value === 'string' && compiles(value),
  items: isSchema,
  minProperties: isCount,
  required: (value) => Array.isArray(value) && value.every((name) => typeof name === 'string'),
  additionalProperties: (value) => value === false,
  // A property named __proto__ would set the written object's prototype instead.
  properties: (value) => isSchema(value) && Object.values(value).every(isSchema) && !Object.hasOwn(value, '__proto__'),
};

// Keywords that apply to values of one type. A schema may use them only when that is its one
// type (as Ajv's strict types ask), so the client can report a wrong type where Ajv does.
/** @type {Record<string, string>} */
const keywordTypes = {
  maxLength: 'string',
  minLength: 'string',
  pattern: 'string',
  items: 'array',
  minProperties: 'object',
  required: 'object',
  additionalProperties: 'object',
  properties: 'object',
};

// Annotations: they constrain nothing. `format` is one too, as Ajv reads it without formats:
// the client checks its date-times itself (src/timestamps.ts), `+0000` form included.
const annotationKeywords = new Set([
  'title',
  'description',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'format',
]);

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isSchema(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** @param {string} pattern */
function compiles(pattern) {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Where a `$ref`'d schema stands in the written data: the name of its constant. */
class SchemaName {
  /** @param {string} name */
  constructor(name) {
    this.name = name;
  }
}

/**
 * Data as TypeScript source: JSON, except that a SchemaName is written as the bare name.
 * @param {unknown} value
 * @returns {string}
 */
function written(value, indent = '') {
  if (value instanceof SchemaName) return value.name;
  if (Array.isArray(value)) return `[${value.map((item) => written(item, indent)).join(', ')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${written(item, inner)}`);
  return entries.length ? `{\n${entries.join(',\n')}\n${indent}}` : '{}';
}

/**
 * Writes each schema once, in the order they are needed, and names them.
 * @param {OpenApiDocument} spec
 * @returns {{ rulesOf: RulesOf, constants: string[] }}
 */
function schemaWriter(spec) {
  /** @type {Map<string, string>} */
  const names = new Map(); // $ref -> constant name
  /** @type {string[]} */
  const constants = [];
  /** @type {Set<string>} */
  const inProgress = new Set();

  /** @param {string} ref */
  const constantName = (ref) => {
    const name = `${ref.replace(/^#\/components\/schemas\//, '').replace(/\W/g, '_')}Schema`;
    if ([...names.values()].includes(name)) throw new Error(`${ref}: two schemas would both be named ${name}`);
    return name;
  };

  /** @type {RulesOf} */
  function rulesOf(node, where) {
    if (!isSchema(node)) throw new Error(`${where}: a schema must be an object`);
    if (typeof node.$ref === 'string') {
      if (Object.keys(node).some((key) => key !== '$ref' && !annotationKeywords.has(key))) {
        throw new Error(`${where}: the client's checks take a $ref only with nothing beside it but annotations`);
      }
      return new SchemaName(named(node.$ref));
    }
    /** @type {Record<string, unknown>} */
    const rules = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (annotationKeywords.has(keyword)) continue;
      const handles = Object.hasOwn(ruleKeywords, keyword) ? ruleKeywords[keyword] : undefined;
      if (!handles) throw new Error(`${where}: the client's checks do not evaluate the keyword ${keyword}`);
      if (!handles(value)) throw new Error(`${where}/${keyword}: the client's checks do not evaluate this value`);
      const type = keywordTypes[keyword];
      if (type && node.type !== type)
        throw new Error(
          `${where}/${keyword}: the client's checks take ${keyword} only in a schema whose type is ${type}`,
        );
      if (keyword === 'items') rules.items = rulesOf(value, `${where}/items`);
      else if (keyword === 'properties') {
        rules.properties = Object.fromEntries(
          Object.entries(/** @type {Record<string, unknown>} */ (value)).map(([name, child]) => [
            name,
            rulesOf(child, `${where}/properties/${name}`),
          ]),
        );
      } else rules[keyword] = value;
    }
    return rules;
  }

  /** @param {string} ref @returns {string} */
  function named(ref) {
    if (names.has(ref)) return /** @type {string} */ (names.get(ref));
    if (inProgress.has(ref)) throw new Error(`${ref}: a schema that contains itself cannot be written out as data`);
    inProgress.add(ref);
    const rules = rulesOf(resolveRef(spec, { $ref: ref }), ref);
    inProgress.delete(ref);
    const name = constantName(ref);
    names.set(ref, name);
    constants.push(`const ${name}: Schema = ${written(rules)};`);
    return name;
  }

  return { rulesOf, constants };
}

/**
 * What the client checks: the body, each parameter (with where it goes) and each JSON response.
 * @param {OpenApiDocument} spec
 * @param {RulesOf} rulesOf
 */
function checkPlan(spec, rulesOf) {
  const operation = updateCustomerOperation(spec);
  const where = `POST ${operationPath}`;

  const bodySchema = operation.requestBody.content['application/x-www-form-urlencoded'].schema;
  const body = rulesOf(bodySchema, `${where} request body`);

  /** @type {Record<string, { in: unknown, schema: WrittenRules }>} */
  const parameters = {};
  for (const node of [...(spec.paths[operationPath].parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolveRef(spec, node);
    parameters[parameter.name] = {
      in: parameter.in,
      schema: rulesOf(parameter.schema, `${where} parameter ${parameter.name}`),
    };
  }

  /** @type {Record<string, WrittenRules>} */
  const responses = {};
  for (const [status, node] of Object.entries(operation.responses)) {
    const media = resolveRef(spec, node).content?.['application/json'];
    if (media) responses[status] = rulesOf(media.schema, `${where} response ${status}`);
  }

  return { body, parameters, responses };
}

/** @param {OpenApiDocument} spec @returns {string} the generated TypeScript module */
function rulesModule(spec) {
  const { rulesOf, constants } = schemaWriter(spec);
  const rules = checkPlan(spec, rulesOf);
  return `// Generated from openapi/ by \`npm run generate\` (scripts/generate/validator.mjs). Do not edit by hand.
// The rules of every schema the client checks, as the bundled document states them (prose left
// out); src/schema-check.ts evaluates them as JSON Schema 2020-12 does.

export type SchemaType = 'string' | 'null' | 'boolean' | 'object' | 'array';

/** A schema reduced to its rules: the keywords the client evaluates. */
export interface Schema {
  type?: SchemaType | readonly SchemaType[];
  const?: string | number | boolean | null;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  items?: Schema;
  minProperties?: number;
  required?: readonly string[];
  additionalProperties?: false;
  properties?: Readonly<Record<string, Schema>>;
}

export interface ParameterRules {
  in: 'path' | 'header' | 'query' | 'cookie';
  schema: Schema;
}

export interface Rules {
  /** The form body's schema: its properties are the fields, in the document's order. */
  body: Schema;
  /** By parameter name, as the document spells it (\`customer_id\`, \`x-merchantid\`, ...). */
  parameters: Readonly<Record<string, ParameterRules>>;
  /** By HTTP status, for every response with a JSON body. */
  responses: Readonly<Record<string, Schema>>;
}

${constants.join('\n\n')}

export const rules: Rules = ${written(rules)};
`;
}
