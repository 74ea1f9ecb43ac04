// generated/wire-vectors.json: what every client of this contract (TypeScript, Python, Go, Java) must put
// on the wire for a given call, and what its caller must get back. Requests and field values are derived
// from the bundled document (its examples, patterns and lengths, read here, never copied); the canned
// answers it does not give come from test/vectors/scenarios.json.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../lib/paths.mjs';
import { operationPath, resolveRef } from '../lib/spec.mjs';

export const wireVectorsFile = 'wire-vectors.json';
export const scenariosFile = path.join(repoRoot, 'test', 'vectors', 'scenarios.json');
const formMediaType = 'application/x-www-form-urlencoded';
/** @type {Array<[string, string]>} */
const specialCharacters = [
  ['+', 'plus'],
  ['-', 'minus'],
  ['_', 'underscore'],
  ['.', 'dot'],
];

/**
 * @typedef {{ pattern: string, minLength: number, maxLength: number, example: string }} FieldRule
 * @typedef {{ customerId: string, fields: Record<string, string>, routingId?: string }} VectorInput
 * @typedef {{ status: number, contentType: string, body: string, headers?: Record<string, string> }} CannedResponse
 * @typedef {{ kind: 'customer', customer: Record<string, unknown> }
 *   | { kind: 'error', status: number, errorCode: string | null }
 *   | { kind: 'rejected', field: string }} Outcome
 * @typedef {{ name: string, about: string, input: VectorInput, request: object | null,
 *   response: CannedResponse | null, outcome: Outcome }} Vector
 */

const rulesComment = [
  'Derived from the contract by `npm run generate` (scripts/generate/wire-vectors.mjs); do not edit.',
  'Each vector: a call (input), the request the contract requires on the wire (null when the client must refuse',
  'the input before sending), the canned answer, and what the caller must get (outcome).',
  'Path: /customers/ + the customer id, UTF-8, every byte percent-encoded with upper-case hex except ASCII',
  "letters, digits and - _ . ! ~ * ' ( ) (JavaScript's encodeURIComponent).",
  "Body (application/x-www-form-urlencoded): the given fields in the schema's property order, name=value joined",
  'by &; in names and values every UTF-8 byte is percent-encoded with upper-case hex except ASCII letters, digits',
  'and * - . _ (a space would be +): the WHATWG urlencoded serializer, what URLSearchParams and the TypeScript',
  'client send. So + is %2B, @ is %40 and ~ is %7E.',
  'Headers (names compared case-insensitively, values exactly, each sent once): authorization is Basic',
  'base64(apiKey + ":"); x-merchantid is the client\'s merchant id; x-routing-id is the input\'s routingId when it',
  'has one; content-type is exactly application/x-www-form-urlencoded. A header in optionalHeaders may be left',
  'out, but if sent must have that value: the contract gives x-routing-id no default, and the TypeScript client',
  'sends the customer id when the caller gives none. Other headers (user-agent, accept, host, ...) are not compared.',
  'Retries: clients run with retries disabled, so each vector with a request expects exactly one; the canned',
  'answer (429 and 502 included) is what the caller must see, as an error.',
  'Outcome customer: the Customer fields the contract lists (unknown fields in the answer must be ignored), with',
  "timestamps as RFC 3339 UTC (Z); compare timestamps as instants. Outcome error: the HTTP status and the body's",
  'error_code (null when the body has none or is not JSON). Outcome rejected: the field the client names.',
];

/**
 * @param {string} outDir the folder holding the bundled openapi.json; the vectors are written beside it.
 * @returns {Promise<string[]>}
 */
export async function generateWireVectors(outDir) {
  const spec = JSON.parse(await readFile(path.join(outDir, 'openapi.json'), 'utf8'));
  const scenarios = JSON.parse(await readFile(scenariosFile, 'utf8'));
  const document = wireVectorsFrom(spec, scenarios);
  await writeFile(path.join(outDir, wireVectorsFile), `${JSON.stringify(document, null, 2)}\n`);
  return [wireVectorsFile];
}

/**
 * @param {any} spec the bundled 3.1 document
 * @param {any} scenarios test/vectors/scenarios.json
 */
export function wireVectorsFrom(spec, scenarios) {
  const contract = readContract(spec);
  const credentials = { apiKey: scenarios.apiKey, merchantId: contract.params['x-merchantid'].example };
  /** @type {Vector[]} */
  const vectors = [];
  const customerId = contract.params.customer_id.example;
  // Calls about something else send the contract's shortest request example.
  const bySize = Object.values(contract.requestExamples).sort((a, b) => Object.keys(a).length - Object.keys(b).length);
  const fields = bySize[0];
  const call = { customerId, fields };
  const ok = { status: 200, json: Object.values(contract.responses[200]?.examples ?? {})[0] };

  /** @param {string} name @param {string} about @param {VectorInput} input @param {any} answer */
  const add = (name, about, input, answer = ok) => {
    if (!/^[a-z0-9_-]+$/.test(name)) throw new Error(`vector name ${name} is not [a-z0-9_-]+`);
    if (vectors.some((vector) => vector.name === name)) throw new Error(`two vectors are named ${name}`);
    vectors.push(makeVector(contract, credentials, name, about, input, answer));
  };

  for (const [example, exampleFields] of Object.entries(contract.requestExamples)) {
    add(`example-${example}`, `the contract's request example ${example}`, { customerId, fields: exampleFields });
  }
  for (const [example, id] of Object.entries(contract.params.customer_id.examples)) {
    if (id === customerId) continue;
    add(`customer_id-${example}`, `the customer_id example ${example}`, { ...call, customerId: id });
  }
  const routingId = contract.params['x-routing-id'].example;
  add('routing-id-given', 'x-routing-id given by the caller', { ...call, routingId });
  add('routing-id-absent', 'no routing id given: none is sent, or the customer id', call);
  const encoded = { ...call, customerId: scenarios.customerIdNeedingEncoding };
  add('customer_id-percent-encoded', 'a customer id with characters a path must percent-encode', encoded);

  // Each rule-bearing input at its bounds, with + - _ . and with what no field admits.
  /** @type {Array<[string, FieldRule, (value: string) => VectorInput]>} */
  const subjects = [
    ...Object.entries(contract.fields).map(
      ([field, rule]) =>
        /** @type {[string, FieldRule, (value: string) => VectorInput]} */ ([
          field,
          rule,
          (value) => ({ customerId, fields: { [field]: value } }),
        ]),
    ),
    ['customer_id', contract.params.customer_id, (value) => ({ ...call, customerId: value })],
    ['x-routing-id', contract.params['x-routing-id'], (value) => ({ ...call, routingId: value })],
  ];
  for (const [field, rule, input] of subjects) {
    const refused = { rejected: field };
    const isBodyField = field in contract.fields;
    if (isBodyField) {
      const shortest = valueOfLength(rule, rule.minLength);
      add(`${field}-min-length`, `${field} at its minLength (${rule.minLength})`, input(shortest));
    }
    const longest = valueOfLength(rule, rule.maxLength);
    add(`${field}-max-length`, `${field} at its maxLength (${rule.maxLength})`, input(longest));
    add(`${field}-too-long`, `${field} one character over its maxLength`, input(longest + longest.at(-1)), refused);
    for (const [char, word] of isBodyField ? specialCharacters : []) {
      const allowed = withChar(rule, char);
      const name = `${field}-with-${word}`;
      if (allowed) add(name, `${field} with ${char}, which its pattern admits`, input(allowed));
      const refusedValue = insertAt(rule.example, 1, char);
      if (!allowed) add(name, `${field} with ${char}, which its pattern refuses`, input(refusedValue), refused);
    }
    add(`${field}-non-ascii`, `${field} with a non-ASCII letter`, input(insertAt(rule.example, 1, 'é')), refused);
    // A final newline: Python's re.match and Java's find() let `$` match before it.
    add(`${field}-control-character`, `${field} ending in a newline`, input(`${rule.example}\n`), refused);
  }
  add(
    'customer_id-dot-segment',
    'the customer id ..: no URL can carry it',
    { ...call, customerId: '..' },
    {
      rejected: 'customer_id',
    },
  );

  // Every documented answer, by status and example, then the scenarios' own answers.
  for (const [status, response] of Object.entries(contract.responses)) {
    for (const [example, json] of Object.entries(response.examples)) {
      const answer = { status: Number(status), json, headers: response.headers };
      add(`response-${status}-${example}`, `the contract's ${status} example ${example}`, call, answer);
    }
  }
  for (const answer of scenarios.answers) {
    const json = answer.example ? { ...contract.examples[answer.example], ...answer.merge } : answer.json;
    add(answer.name, answer.about, call, { ...answer, json });
  }

  return {
    $comment: rulesComment,
    contractVersion: spec.info.version,
    credentials,
    vectors,
  };
}

/**
 * The parts of the document vectors are made from, with each field's rule read from its schema.
 * @param {any} spec
 */
function readContract(spec) {
  const pathItem = spec.paths[operationPath];
  const operation = pathItem.post;
  const params = Object.fromEntries(
    [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
      .map((ref) => resolveRef(spec, ref))
      .map((param) => {
        const examples = param.examples ? valuesOf(spec, param.examples) : { example: param.example };
        return [param.name, { ...ruleOf(spec, param.schema, Object.values(examples)[0]), examples }];
      }),
  );
  const form = operation.requestBody.content[formMediaType];
  const bodySchema = resolveRef(spec, form.schema);
  const fields = Object.fromEntries(
    Object.entries(bodySchema.properties).map(([name, property]) => [name, ruleOf(spec, property)]),
  );
  const requestExamples = valuesOf(spec, form.examples);
  const examples = Object.fromEntries(Object.entries(spec.components.examples).map(([name, ex]) => [name, ex.value]));
  /** @type {Record<string, { examples: Record<string, unknown>, headers?: Record<string, string> }>} */
  const responses = {};
  for (const [status, ref] of Object.entries(operation.responses)) {
    const response = resolveRef(spec, ref);
    const media = response.content?.['application/json'];
    if (!media?.examples) continue;
    const headers = Object.fromEntries(
      Object.entries(response.headers ?? {})
        .map(([name, header]) => [name.toLowerCase(), exampleOfHeader(spec, resolveRef(spec, header))])
        .filter(([, value]) => value !== undefined),
    );
    responses[status] = {
      examples: valuesOf(spec, media.examples),
      ...(Object.keys(headers).length && { headers }),
    };
  }
  const customerResponse = resolveRef(spec, operation.responses[200]);
  const customerSchema = resolveRef(spec, customerResponse.content['application/json'].schema);
  return { params, fields, requestExamples, examples, responses, customerSchema };
}

/**
 * A property's rule: the referenced schema's pattern and lengths, the property's own example first.
 * @param {any} spec @param {any} property @param {unknown} [example]
 * @returns {FieldRule}
 */
function ruleOf(spec, property, example = property.examples?.[0] ?? resolveRef(spec, property).examples?.[0]) {
  const schema = { ...resolveRef(spec, property), ...property };
  const { pattern, minLength, maxLength } = schema;
  const bounded = Number.isInteger(minLength) && Number.isInteger(maxLength);
  if (typeof pattern !== 'string' || !bounded || typeof example !== 'string') {
    throw new Error('every request input needs a pattern, minLength, maxLength and an example');
  }
  return { pattern, minLength, maxLength, example };
}

/**
 * A map of named examples (each maybe a $ref) as name → value.
 * @param {any} spec @param {Record<string, any>} examples
 * @returns {Record<string, any>}
 */
function valuesOf(spec, examples) {
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, resolveRef(spec, example).value]));
}

/** @param {any} spec @param {any} header */
function exampleOfHeader(spec, header) {
  if (header.examples) return resolveRef(spec, Object.values(header.examples)[0]).value;
  return header.example ?? header.schema?.example ?? header.schema?.examples?.[0];
}

/** @param {FieldRule} rule @param {string} value */
const admits = (rule, value) =>
  new RegExp(rule.pattern, 'u').test(value) && value.length >= rule.minLength && value.length <= rule.maxLength;

/** @param {string} value @param {number} at @param {string} text */
const insertAt = (value, at, text) => value.slice(0, at) + text + value.slice(at);

/**
 * A value of exactly `length` that the rule admits, grown or shrunk from the example one character at a
 * time (the first position where the pattern still holds), so that the contract's rule alone decides.
 * @param {FieldRule} rule @param {number} length
 */
function valueOfLength(rule, length) {
  let value = rule.example;
  const test = (/** @type {string} */ candidate) => new RegExp(rule.pattern, 'u').test(candidate);
  while (value.length !== length) {
    const positions = [...Array(value.length).keys()];
    const next =
      value.length < length
        ? positions.map((at) => insertAt(value, at, value.charAt(at))).find(test)
        : positions.map((at) => value.slice(0, at) + value.slice(at + 1)).find(test);
    if (next === undefined) throw new Error(`no value of length ${length} found from the example ${rule.example}`);
    value = next;
  }
  if (!admits(rule, value)) throw new Error(`the value of length ${length} breaks its own rule`);
  return value;
}

/**
 * The example with `char` inside it (inner positions first), or undefined when the pattern refuses it.
 * @param {FieldRule} rule @param {string} char
 */
function withChar(rule, char) {
  const { example } = rule;
  const positions = [...Array(example.length - 1).keys()].map((i) => i + 1).concat([0, example.length]);
  return positions.map((at) => insertAt(example, at, char)).find((value) => admits(rule, value));
}

/**
 * Bytes of UTF-8 text, each kept when `keep` allows it, else %HH with upper-case hex.
 * @param {string} text @param {RegExp} keep
 */
function percentEncode(text, keep) {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && keep.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const pathKeeps = /^[A-Za-z0-9\-_.!~*'()]$/;
const formKeeps = /^[A-Za-z0-9*\-._]$/;
/** The path rule of the $comment, written out (test/sdk-vectors.test.ts holds it to encodeURIComponent). */
export const pathEncode = (/** @type {string} */ text) => percentEncode(text, pathKeeps);
/** The form rule of the $comment, written out (test/sdk-vectors.test.ts holds it to URLSearchParams). */
export const formEncode = (/** @type {string} */ text) => percentEncode(text, formKeeps).replaceAll('%20', '+');

/**
 * @param {ReturnType<typeof readContract>} contract
 * @param {{ apiKey: string, merchantId: string }} credentials
 * @param {string} name @param {string} about @param {VectorInput} input
 * @param {any} answer `{ rejected: field }`, or a status with `json` or `text`
 * @returns {Vector}
 */
function makeVector(contract, credentials, name, about, input, answer) {
  const fieldOrder = Object.keys(contract.fields);
  /** @type {Record<string, string>} */
  const fields = {};
  for (const field of fieldOrder) {
    const value = input.fields[field];
    if (value !== undefined) fields[field] = value;
  }
  const vectorInput = { ...input, fields };
  if (answer.rejected) {
    const outcome = { kind: /** @type {const} */ ('rejected'), field: answer.rejected };
    return { name, about, input: vectorInput, request: null, response: null, outcome };
  }
  const body = Object.entries(fields)
    .map(([field, value]) => `${formEncode(field)}=${formEncode(value)}`)
    .join('&');
  const request = {
    method: 'POST',
    path: operationPath.replace('{customer_id}', pathEncode(input.customerId)),
    headers: {
      authorization: `Basic ${Buffer.from(`${credentials.apiKey}:`, 'utf8').toString('base64')}`,
      'x-merchantid': credentials.merchantId,
      ...(input.routingId !== undefined && { 'x-routing-id': input.routingId }),
      'content-type': formMediaType,
    },
    ...(input.routingId === undefined && { optionalHeaders: { 'x-routing-id': input.customerId } }),
    body,
  };
  const text = answer.text ?? JSON.stringify(answer.json);
  const response = {
    status: answer.status,
    contentType: answer.contentType ?? 'application/json',
    body: text,
    ...(answer.headers && { headers: answer.headers }),
  };
  return { name, about, input: vectorInput, request, response, outcome: outcomeOf(contract, answer) };
}

/**
 * What the caller must get from the canned answer.
 * @param {ReturnType<typeof readContract>} contract @param {any} answer
 * @returns {Outcome}
 */
function outcomeOf(contract, answer) {
  const json = answer.text === undefined ? answer.json : undefined;
  if (answer.status !== 200) {
    const errorCode = json && typeof json === 'object' && typeof json.error_code === 'string' ? json.error_code : null;
    return { kind: 'error', status: answer.status, errorCode };
  }
  const schema = contract.customerSchema;
  /** @type {Record<string, unknown>} */
  const customer = {};
  for (const [field, property] of Object.entries(/** @type {Record<string, any>} */ (schema.properties))) {
    if (!(field in json)) continue;
    const value = json[field];
    customer[field] = property.format === 'date-time' && typeof value === 'string' ? rfc3339Utc(value) : value;
  }
  return { kind: 'customer', customer };
}

/**
 * A UTC timestamp with `Z`: the form every client hands its caller (or an instant equal to it).
 * @param {string} value
 */
function rfc3339Utc(value) {
  const utc = value.replace(/(?:[+-]00:?00|[Zz])$/, 'Z');
  if (!utc.endsWith('Z') || Number.isNaN(Date.parse(utc))) {
    throw new Error(`the answer's timestamp ${value} is not UTC`);
  }
  return utc;
}
