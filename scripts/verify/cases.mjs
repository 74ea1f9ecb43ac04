// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
// The conformance suite, generated from the bundled document: its request examples, its field
// rules (pattern, minLength, maxLength), its required headers, its security scheme and its
// responses. Nothing here restates a rule; the spec's verdict on each value is computed from
// the document's own pattern and bounds.
import { exampleValue, operationPath, resolveRef, updateCustomerOperation } from '../lib/spec.mjs';

const form = 'application/x-www-form-urlencoded';
const json = 'application/json';

/** Characters tried in every field: space, ASCII punctuation, a letter, a non-ASCII letter and digit. */
const probeCharacters = [
  ' ',
  ...Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)).filter((c) => !/[A-Za-z0-9]/.test(c)),
  'a',
  'é',
  '٣',
];

const codePointLength = (text) => [...text].length;

/** The body fields with their rules and an example, in the document's order. */
export function bodyFieldRules(spec) {
  const body = spec.components.schemas.UpdateCustomerBody;
  return Object.entries(body.properties).map(([name, property]) => {
    const schema = resolveRef(spec, property);
    const example = (property.examples ?? schema.examples)[0];
    const pattern = new RegExp(schema.pattern, 'u');
    const accepts = (value) =>
      codePointLength(value) >= (schema.minLength ?? 0) &&
      codePointLength(value) <= (schema.maxLength ?? Infinity) &&
      pattern.test(value);
    if (!accepts(example)) throw new Error(`the document's example for ${name} breaks its own rule`);
    return { name, example, minLength: schema.minLength ?? 0, maxLength: schema.maxLength, accepts };
  });
}

const show = (value) => JSON.stringify(value);
const describeCharacter = (c) => (c === ' ' ? 'a space' : show(c));

/** The example grown to `length` by repeating its first character in front. */
function grown(field, length) {
  return field.example[0].repeat(Math.max(0, length - codePointLength(field.example))) + field.example;
}

/**
 * Where a probe character goes: first, inside the example's longest run of letters and digits,
 * on either side of each other character of the example (such as `@` and `.` in an email), last.
 */
function probePositions(units) {
  const positions = { 'at the start': 0 };
  let best = { start: 0, length: 0 };
  for (let i = 0, start = 0; i <= units.length; i += 1) {
    if (i < units.length && /[A-Za-z0-9]/.test(units[i])) continue;
    if (i - start > best.length) best = { start, length: i - start };
    start = i + 1;
  }
  positions.inside = best.start + Math.floor(best.length / 2);
  units.forEach((unit, i) => {
    if (/[A-Za-z0-9]/.test(unit)) return;
    positions[`before ${show(unit)}`] ??= i;
    positions[`after ${show(unit)}`] ??= i + 1;
  });
  positions['at the end'] = units.length;
  return positions;
}

/** Every place a probe character can go in a field's example, with the value it makes there. */
function placements(field) {
  const units = [...field.example];
  return Object.entries(probePositions(units)).map(([where, at]) => ({
    where,
    value: (character) => [...units.slice(0, at), character, ...units.slice(at)].join(''),
  }));
}

/**
 * A field's probe cases. A character the field refuses wherever it stands gets a case of its own
 * when another field accepts it (a server that mixes up two fields' rules is caught) or when it
 * is not ASCII; the ASCII ones no field accepts are represented by the first of them. Characters
 * refused only in some places (such as `.` at the edge of an email's local part) are grouped by
 * where they are refused, and one of each group is tried in each of those places.
 */
function characterCases(field, fields) {
  const places = placements(field);
  const acceptedElsewhere = (character) =>
    fields.some(
      (other) =>
        other !== field &&
        (other.example.includes(character) || placements(other).some((p) => other.accepts(p.value(character)))),
    );
  const cases = [];
  const positional = new Map();
  let refusedByAll = false;
  for (const character of probeCharacters) {
    const refusedAt = places.filter((p) => !field.accepts(p.value(character)));
    if (refusedAt.length === places.length) {
      const ascii = character <= '~';
      if (ascii && !acceptedElsewhere(character)) {
        if (refusedByAll) continue;
        refusedByAll = true;
      }
      const inside = places.find((p) => p.where === 'inside');
      cases.push({ name: `${field.name} with ${describeCharacter(character)} in it`, value: inside.value(character) });
    } else if (refusedAt.length > 0) {
      const signature = refusedAt.map((p) => p.where).join();
      if (!positional.has(signature)) positional.set(signature, { character, refusedAt });
    }
  }
  for (const { character, refusedAt } of positional.values()) {
    for (const place of refusedAt) {
      const value = place.value(character);
      if (cases.some((c) => c.value === value)) continue;
      cases.push({ name: `${field.name} with ${describeCharacter(character)} ${place.where}`, value });
    }
  }
  return cases;
}

/**
 * @typedef {object} ConformanceCase
 * @property {string} name
 * @property {Record<string, string> | string} body fields to encode for `mediaType`, or raw text
 * @property {string} mediaType
 * @property {number[]} expected the statuses the spec allows for this request
 * @property {string} [rejects] the one field whose value the spec refuses
 * @property {Record<string, string | undefined>} [headers] header changes (`undefined` leaves one out)
 * @property {string} [customerId] another customer id than the one under test
 * @property {'none' | 'bearer' | 'unknown-key'} [auth] how the Authorization header is broken
 * @property {boolean} [echoes] the 200 must carry back every field sent
 */

/**
 * @returns {{ invalid: ConformanceCase[], valid: ConformanceCase[] }} the invalid cases (which
 * must change nothing) and the valid ones (which change the customer under test).
 */
export function buildSuite(spec, { customerId }) {
  const operation = updateCustomerOperation(spec);
  const fields = bodyFieldRules(spec);
  const fieldNames = new Set(fields.map((f) => f.name));
  const requestExamples = (mediaType) => {
    const examples = operation.requestBody.content[mediaType].examples;
    return Object.keys(examples).map((name) => ({ name, value: exampleValue(spec, examples, name) }));
  };
  const [firstExample] = requestExamples(form);
  const oneValidField = { [fields[0].name]: fields[0].example };
  const statuses = Object.keys(operation.responses).map(Number);
  const expectStatus = (...wanted) => {
    for (const status of wanted) if (!statuses.includes(status)) throw new Error(`the document declares no ${status}`);
    return wanted;
  };
  const badRequest = expectStatus(400);

  const invalid = [];
  const bodyCase = (name, body, mediaType = form, extra = {}) =>
    invalid.push({ name, body, mediaType, expected: badRequest, ...extra });

  for (const field of fields) {
    if (field.minLength > 0) bodyCase(`${field.name} empty`, { [field.name]: '' }, form, { rejects: field.name });
    const tooLong = grown(field, field.maxLength + 1);
    bodyCase(`${field.name} of ${field.maxLength + 1} characters (max ${field.maxLength})`, { [field.name]: tooLong }, form, {
      rejects: field.name,
    });
    for (const c of characterCases(field, fields)) bodyCase(c.name, { [field.name]: c.value }, form, { rejects: field.name });
    if (Number.isFinite(Number(field.example))) {
      bodyCase(`${field.name} as a JSON number`, `{${show(field.name)}:${Number(field.example)}}`, json);
    }
  }

  // At least one field, and no field the operation does not take: the whole request is refused.
  bodyCase('an empty form body', {}, form);
  bodyCase('an empty JSON object', {}, json);
  const customerSchema = spec.components.schemas.Customer;
  const unknownField = Object.keys(customerSchema.properties).find((name) => !fieldNames.has(name));
  for (const [mediaType, label] of [[form, 'form'], [json, 'JSON']]) {
    const body = { ...oneValidField, [unknownField]: 'anything' };
    bodyCase(`a valid field plus ${unknownField}, which the operation does not take (${label})`, body, mediaType);
  }
  bodyCase('Content-Type text/plain', firstExample.value, 'text/plain');

  const headerCase = (name, headers) => invalid.push({ name, body: oneValidField, mediaType: form, headers, expected: badRequest });
  for (const parameter of operation.parameters.map((p) => resolveRef(spec, p)).filter((p) => p.in === 'header')) {
    if (parameter.required) headerCase(`no ${parameter.name} header`, { [parameter.name]: undefined });
    const spaced = `${parameter.example} ${parameter.example}`;
    if (!new RegExp(parameter.schema.pattern, 'u').test(spaced)) headerCase(`${parameter.name} with a space`, { [parameter.name]: spaced });
  }

  const pathParameter = resolveRef(spec, spec.paths[operationPath].parameters[0]);
  invalid.push({
    name: `a ${pathParameter.name} of ${pathParameter.schema.maxLength + 1} characters (max ${pathParameter.schema.maxLength})`,
    body: oneValidField,
    mediaType: form,
    customerId: 'c'.repeat(pathParameter.schema.maxLength + 1),
    // Out of the parameter's rule, so no customer can have it: a 404 is as good as a 400.
    expected: expectStatus(400, 404),
  });
  invalid.push({
    name: `a ${pathParameter.name} no customer has`,
    body: oneValidField,
    mediaType: form,
    customerId: `${customerId.slice(0, pathParameter.schema.maxLength - 17)}-no-such-customer`,
    expected: expectStatus(404),
  });

  // The security scheme (HTTP Basic): 401 for a missing, malformed or unknown key; some
  // deployments answer a missing header with 403 (the document's 403 says so).
  const authCase = (name, auth, expected) => invalid.push({ name, body: oneValidField, mediaType: form, auth, expected });
  authCase('no Authorization header', 'none', expectStatus(401, 403));
  authCase('a Bearer token instead of Basic auth', 'bearer', expectStatus(401));
  authCase('an API key that does not exist', 'unknown-key', expectStatus(401));

  // Valid updates: the document's request examples (email only first, so its answer shows
  // whether an invalid case above left a trace), then every field at its maximum length.
  const ok = expectStatus(200);
  const validCase = (name, body, mediaType = form) => ({ name, body, mediaType, expected: ok, echoes: true });
  const examples = requestExamples(form).sort((a, b) => Object.keys(a.value).length - Object.keys(b.value).length);
  const valid = examples.map((e) => validCase(`example ${e.name} (form)`, e.value));
  valid.push(validCase(`example ${firstExample.name} (JSON)`, firstExample.value, json));
  for (const field of fields) {
    const longest = grown(field, field.maxLength);
    if (field.accepts(longest)) valid.push(validCase(`${field.name} of ${field.maxLength} characters (the maximum)`, { [field.name]: longest }));
  }
  // Put the customer back to the document's full example, a tidy state to leave behind.
  valid.push(validCase(`example ${firstExample.name} again (form)`, firstExample.value));
  return { invalid, valid };
}
