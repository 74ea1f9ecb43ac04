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
  const walk: Walk = { errors: [], keys: [] };
  checkOf(schema)(value, walk);
  return walk.errors;
}

/**
 * One check's state: the errors so far and the keys from the root to the value at hand. A
 * value's path is joined from the keys only when it breaks a rule, so a valid value costs no
 * strings.
 */
interface Walk {
  errors: RuleError[];
  keys: (string | number)[];
}

type Check = (data: unknown, walk: Walk) => void;

const checks = new WeakMap<Schema, Check>();

/** The schema's check, made on first use: its pattern compiled, its types and properties listed. */
function checkOf(schema: Schema): Check {
  let check = checks.get(schema);
  if (!check) checks.set(schema, (check = compile(schema)));
  return check;
}

function fail(walk: Walk, keyword: string, params: Record<string, unknown>): void {
  walk.errors.push({ path: walk.keys.join('.'), keyword, params });
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

  return (data, walk) => {
    const dataType = typeOf(data);
    const wrongType = types !== undefined && !types.includes(dataType);
    if (wrongType && !typeLast) fail(walk, 'type', { type });
    if (schema.const !== undefined && data !== schema.const) fail(walk, 'const', { allowedValue: schema.const });
    if (wrongType) {
      if (typeLast) fail(walk, 'type', { type });
    } else if (dataType === 'string') {
      const text = data as string;
      // A string has at most as many code points as UTF-16 units, and at least half as many,
      // so most need no counting.
      if (maxLength !== undefined && text.length > maxLength && codePoints(text) > maxLength)
        fail(walk, 'maxLength', { limit: maxLength });
      if (minLength !== undefined && text.length < 2 * minLength && codePoints(text) < minLength)
        fail(walk, 'minLength', { limit: minLength });
      if (regExp && !regExp.test(text)) fail(walk, 'pattern', { pattern });
    } else if (dataType === 'array' && items) {
      const array = data as unknown[];
      for (let index = 0; index < array.length; index++) within(walk, index, array[index], items);
    } else if (dataType === 'object') {
      const object = data as Record<string, unknown>;
      if (minProperties !== undefined && Object.keys(object).length < minProperties)
        fail(walk, 'minProperties', { limit: minProperties });
      for (const name of required) if (object[name] === undefined) fail(walk, 'required', { missingProperty: name });
      // Ajv walks the keys with for...in, inherited enumerable ones included.
      if (schema.additionalProperties === false) {
        for (const name in object)
          if (!Object.hasOwn(properties, name)) fail(walk, 'additionalProperties', { additionalProperty: name });
      }
      for (const [name, check] of members) if (object[name] !== undefined) within(walk, name, object[name], check);
    }
  };
}

/** Checks a member of the value at hand, its key pushed onto the path for the while. */
function within(walk: Walk, key: string | number, data: unknown, check: Check): void {
  walk.keys.push(key);
  check(data, walk);
  walk.keys.pop();
}

/** The JSON type of a value (`null`, `array`, `object`, ...); a function or undefined is none of them. */
const typeOf = (data: unknown) => (data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data);

/** JSON Schema counts characters as code points: a surrogate pair is one. */
const codePoints = (text: string) => [...text].length;
