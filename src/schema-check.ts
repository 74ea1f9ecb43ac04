// Applies the contract's schemas (generated/update-customer-validators.ts, rules only) as JSON
// Schema 2020-12 does, for the keywords the generator lets through (it refuses a document that
// uses any other, or a keyword meant for another type than its schema's). Each broken rule is
// reported as Ajv reports it (keyword, params, where) and in Ajv's order, so "a field's first
// failure" means what it means to Ajv; a test holds every verdict and error list to Ajv's.
import type { Schema } from '../generated/update-customer-validators.js';

export interface RuleError {
  /** Where, as a dotted path (`juspay.client_auth_token`, `error_info.fields.0`); empty for the value itself. */
  path: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** Every rule of the schema that the value breaks; none when it is valid. */
export function ruleErrors(schema: Schema, value: unknown): RuleError[] {
  const errors: RuleError[] = [];
  checkOf(schema)(value, '', errors);
  return errors;
}

type Check = (data: unknown, path: string, errors: RuleError[]) => void;

const checks = new WeakMap<Schema, Check>();

/** The schema's check, made on first use: its pattern compiled, its types and properties listed. */
function checkOf(schema: Schema): Check {
  let check = checks.get(schema);
  if (!check) checks.set(schema, (check = compile(schema)));
  return check;
}

function compile(schema: Schema): Check {
  const { type, maxLength, minLength, pattern, minProperties, required = [], properties = {} } = schema;
  const types: readonly string[] | undefined = type === undefined ? undefined : [type].flat();
  // Ajv reports a wrong type before anything else, unless the type has keywords of its own
  // here (every keyword but type and const is one, the generator makes sure): then after const.
  const typeLast = Object.keys(schema).some((keyword) => keyword !== 'type' && keyword !== 'const');
  const regExp = pattern === undefined ? undefined : new RegExp(pattern, 'u');
  const items = schema.items && checkOf(schema.items);
  const members = Object.entries(properties).map(([name, member]) => [name, checkOf(member)] as const);

  return (data, path, errors) => {
    const fail = (keyword: string, params: Record<string, unknown>) => errors.push({ path, keyword, params });
    const dataType = typeOf(data);
    const wrongType = types !== undefined && !types.includes(dataType);
    if (wrongType && !typeLast) fail('type', { type });
    if (schema.const !== undefined && data !== schema.const) fail('const', { allowedValue: schema.const });
    if (wrongType) {
      if (typeLast) fail('type', { type });
    } else if (dataType === 'string') {
      const text = data as string;
      // A string has at most as many code points as UTF-16 units, and at least half as many,
      // so most need no counting.
      if (maxLength !== undefined && text.length > maxLength && codePoints(text) > maxLength) fail('maxLength', { limit: maxLength });
      if (minLength !== undefined && text.length < 2 * minLength && codePoints(text) < minLength) fail('minLength', { limit: minLength });
      if (regExp && !regExp.test(text)) fail('pattern', { pattern });
    } else if (dataType === 'array' && items) {
      (data as unknown[]).forEach((item, index) => items(item, step(path, index), errors));
    } else if (dataType === 'object') {
      const object = data as Record<string, unknown>;
      if (minProperties !== undefined && Object.keys(object).length < minProperties) fail('minProperties', { limit: minProperties });
      for (const name of required) if (object[name] === undefined) fail('required', { missingProperty: name });
      // Ajv walks the keys with for...in, inherited enumerable ones included.
      if (schema.additionalProperties === false) {
        for (const name in object) if (!Object.hasOwn(properties, name)) fail('additionalProperties', { additionalProperty: name });
      }
      for (const [name, check] of members) if (object[name] !== undefined) check(object[name], step(path, name), errors);
    }
  };
}

/** The JSON type of a value (`null`, `array`, `object`, ...); a function or undefined is none of them. */
const typeOf = (data: unknown) => (data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data);

/** JSON Schema counts characters as code points: a surrogate pair is one. */
const codePoints = (text: string) => [...text].length;

const step = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);
