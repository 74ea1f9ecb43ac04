// The conformance suite, generated from the bundled document: each body field's rule (pattern,
// minLength, maxLength) both ways through its automaton, the body's minProperties and
// additionalProperties, the media types, the header and path parameters' rules, the security
// scheme, and the document's own examples. One writing is not the document's: the email
// structure its description states in prose (exactly one `@`, local-part edges, at least two
// domain labels, label edges), kept below as a deliberate second writing. Every case is
// checked against the document with Ajv before it is sent: a case whose verdict is not the one
// it was written for stops the build of the suite.
import { exampleValue, operationPath, resolveRef, updateCustomerOperation } from '../lib/spec.mjs';
import { language } from './automaton.mjs';
import { documentRules } from './document.mjs';
import { characterClasses, valueCases } from './values.mjs';

export const form = 'application/x-www-form-urlencoded';
export const json = 'application/json';

/**
 * @typedef {object} SuiteCase
 * @property {string} name unique within the suite
 * @property {string} group the rule it exercises: a field, `body`, `media type`, a parameter, `auth`, `examples`
 * @property {'valid' | 'invalid'} kind valid cases change the customer; invalid ones must change nothing
 * @property {number[]} expected the statuses the document allows for it
 * @property {string | undefined} mediaType sent as Content-Type (undefined: no Content-Type)
 * @property {Record<string, unknown> | string} body fields to encode for the media type, or raw text
 * @property {Record<string, string | undefined>} [headers] header changes (`undefined` leaves one out)
 * @property {string} [customerId] another customer id than the one under test
 * @property {'key' | 'none' | 'bearer' | 'unknown-key' | 'malformed'} auth
 * @property {string} [rejects] the one field whose value the document refuses
 * @property {string[]} [violations] what the document says is wrong with it (from Ajv)
 */

/** A seeded generator (mulberry32): the same seed gives the same suite. */
export function seededRandom(/** @type {number} */ seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The bytes of a body as sent for a media type. */
export function encodeBody(/** @type {SuiteCase['body']} */ body, /** @type {string | undefined} */ mediaType) {
  if (typeof body === 'string') return body;
  if (mediaType?.startsWith(json)) return JSON.stringify(body);
  return new URLSearchParams(/** @type {Record<string, string>} */ (body)).toString();
}

/** The Authorization header of a case. */
export function authorization(
  /** @type {SuiteCase['auth']} */ auth,
  /** @type {string} */ apiKey,
  /** @type {() => number} */ random,
) {
  const basic = (/** @type {string} */ key) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  if (auth === 'none') return undefined;
  if (auth === 'bearer') return `Bearer ${apiKey}`;
  if (auth === 'malformed') return 'Basic not-base64!';
  if (auth === 'unknown-key')
    return basic(
      `unknown_${Math.floor(random() * 2 ** 48).toString(36)}${Math.floor(random() * 2 ** 48).toString(36)}`,
    );
  return basic(apiKey);
}

/**
 * The email structure as the EmailAddress description states it in prose — a second writing,
 * not read from the pattern: each value breaks one sentence of it (and Ajv must agree).
 */
/** @type {Array<[string, string]>} */
const emailProse = [
  ['two @', 'customer@juspay@gmail.com'],
  ['no @', 'customer.gmail.com'],
  ['nothing before @', '@gmail.com'],
  ['one domain label (user@localhost)', 'user@localhost'],
  ['a domain label that starts with -', 'customer@-gmail.com'],
  ['a domain label that ends with -', 'customer@gmail-.com'],
  ['a last label that starts with -', 'customer@gmail.-com'],
  ['an empty domain label', 'customer@gmail..com'],
  ['a domain that starts with .', 'customer@.gmail.com'],
  ['_ in the domain', 'customer@g_mail.com'],
  ['a local part that starts with .', '.customer@gmail.com'],
  ['a local part that ends with .', 'customer.@gmail.com'],
  ['a local part that starts with _', '_customer@gmail.com'],
  ['a local part that ends with _', 'customer_@gmail.com'],
];
/** Values the documentation shows or its prose allows (`+` tags, as its code samples send). */
const documentedValues = {
  email_address: [
    'customer+juspay@gmail.com',
    "o'reilly@mail.example.co.in",
    'first.last_name@sub-domain.example.com',
    '1@2.3',
  ],
  first_name: ['Jean-Luc', 'Mary_Ann', 'J.R.R.', '(Jr)', 'R2D2'],
  last_name: ['Smith-Jones', 'van.der.Berg'],
};

/**
 * @param {Record<string, any>} spec the bundled document
 * @param {{ customerId: string, seed: number }} options
 * @returns {{ invalid: SuiteCase[], valid: SuiteCase[], seed: number }} the invalid cases (which
 *   must change nothing) and the valid ones (which change the customer under test)
 */
export function buildSuite(spec, { customerId, seed }) {
  const random = seededRandom(seed);
  const rules = documentRules(spec);
  const operation = updateCustomerOperation(spec);
  const bodySchema = spec.components.schemas.UpdateCustomerBody;
  const fields = Object.entries(bodySchema.properties).map(([name, property]) => {
    const schema = resolveRef(spec, property);
    return {
      name,
      example: /** @type {string} */ ((property.examples ?? schema.examples)[0]),
      language: language(schema),
    };
  });
  const headerParameters = rules.parameters.filter((p) => p.in === 'header');
  const pathParameter = /** @type {any} */ (rules.parameters.find((p) => p.in === 'path'));
  const identifierLanguages = [pathParameter, ...headerParameters].map((p) => language(p.schema));
  const allLanguages = [...fields.map((f) => f.language), ...identifierLanguages];
  const allowedClasses = characterClasses(allLanguages, random, { eachPunctuation: true });
  const refusedClasses = characterClasses(allLanguages, random);

  const expectStatus = (/** @type {number[]} */ ...wanted) => {
    for (const status of wanted)
      if (!rules.statuses.includes(String(status))) throw new Error(`the document declares no ${status}`);
    return wanted;
  };
  const [ok, badRequest, notFound] = [expectStatus(200), expectStatus(400), expectStatus(404)];
  const requestExamples = (/** @type {string} */ mediaType) => {
    const examples = operation.requestBody.content[mediaType].examples;
    return Object.keys(examples).map((name) => ({ name, value: exampleValue(spec, examples, name) }));
  };
  const firstField = /** @type {typeof fields[number]} */ (fields[0]);
  const oneValidField = { [firstField.name]: firstField.example };

  /** @type {SuiteCase[]} */
  const invalid = [];
  /** @type {SuiteCase[]} */
  const valid = [];
  /** @param {Omit<SuiteCase, 'kind' | 'expected' | 'auth' | 'mediaType'> & Partial<SuiteCase>} c */
  const addInvalid = (c) => invalid.push({ kind: 'invalid', expected: badRequest, auth: 'key', mediaType: form, ...c });
  /** @param {Omit<SuiteCase, 'kind' | 'expected' | 'auth' | 'mediaType'> & Partial<SuiteCase>} c */
  const addValid = (c) => valid.push({ kind: 'valid', expected: ok, auth: 'key', mediaType: form, ...c });

  // Each body field, both ways.
  for (const field of fields) {
    const cases = valueCases({
      field: field.name,
      language: field.language,
      example: field.example,
      allowedClasses,
      refusedClasses,
    });
    for (const prose of documentedValues[/** @type {keyof typeof documentedValues} */ (field.name)] ?? []) {
      cases.push({
        name: `${field.name}: ${JSON.stringify(prose)} (documented)`,
        value: prose,
        accepted: true,
        rule: 'pattern',
      });
    }
    if (field.name === 'email_address') {
      for (const [what, value] of emailProse)
        cases.push({ name: `email_address: ${what}`, value, accepted: false, rule: 'pattern' });
    }
    const seen = new Set();
    for (const { name, value, accepted } of cases) {
      if (seen.has(value)) continue;
      seen.add(value);
      if (accepted) addValid({ name, group: field.name, body: { [field.name]: value } });
      else addInvalid({ name, group: field.name, body: { [field.name]: value }, rejects: field.name });
    }
    // JSON carries types a form cannot: only strings are allowed.
    const asNumber = Number(field.example);
    /** @type {Array<[string, unknown]>} */
    const wrongTypes = [
      [`null`, null],
      ['an array', [field.example]],
      ['true', true],
    ];
    if (Number.isFinite(asNumber)) wrongTypes.unshift(['a JSON number', asNumber]);
    for (const [what, value] of wrongTypes) {
      addInvalid({
        name: `${field.name}: ${what} (JSON)`,
        group: field.name,
        mediaType: json,
        body: { [field.name]: value },
        rejects: field.name,
      });
    }
  }

  // The body as a whole: minProperties, additionalProperties, media types.
  const customerSchema = spec.components.schemas.Customer;
  const unknownField = Object.keys(customerSchema.properties).find((name) => !(name in bodySchema.properties));
  const [firstExample] = requestExamples(form);
  if (!firstExample) throw new Error('the document has no form request example');
  for (const [mediaType, label] of [
    [form, 'form'],
    [json, 'JSON'],
  ]) {
    if (bodySchema.minProperties > 0)
      addInvalid({ name: `an empty ${label} body`, group: 'body', mediaType, body: {} });
    if (bodySchema.additionalProperties === false) {
      addInvalid({
        name: `a valid field plus ${unknownField} (${label})`,
        group: 'body',
        mediaType,
        body: { ...oneValidField, [`${unknownField}`]: 'anything' },
      });
    }
  }
  addInvalid({ name: 'a JSON array', group: 'body', mediaType: json, body: JSON.stringify([oneValidField]) });
  addInvalid({
    name: 'malformed JSON',
    group: 'body',
    mediaType: json,
    body: JSON.stringify(oneValidField).slice(0, -1),
  });
  addInvalid({
    name: 'Content-Type text/plain',
    group: 'media type',
    mediaType: 'text/plain',
    body: encodeBody(firstExample.value, form),
  });
  addInvalid({
    name: 'no Content-Type',
    group: 'media type',
    mediaType: undefined,
    body: encodeBody(firstExample.value, form),
  });

  // Header parameters: present and absent, and their rules broken one at a time. Leading and
  // trailing whitespace is not tried: HTTP strips it from a header value before any server sees it.
  // Characters a header cannot carry (control characters, anything above U+00FF) are not tried either.
  const sendableInHeader = (/** @type {string} */ c) => /^[\t\x20-\x7e\x80-\xff]$/.test(c);
  for (const parameter of headerParameters) {
    const name = parameter.name;
    const header = (/** @type {string | undefined} */ value) => ({ [name.toLowerCase()]: value });
    if (parameter.required)
      addInvalid({ name: `no ${name} header`, group: name, body: oneValidField, headers: header(undefined) });
    else {
      addValid({ name: `no ${name} header (form)`, group: name, body: firstExample.value, headers: header(undefined) });
      addValid({
        name: `no ${name} header (JSON)`,
        group: name,
        mediaType: json,
        body: firstExample.value,
        headers: header(undefined),
      });
    }
    const example = parameter.example ?? Object.values(parameter.examples ?? {})[0]?.value;
    const values = valueCases({
      field: name,
      language: language(parameter.schema),
      example,
      allowedClasses: [],
      refusedClasses: refusedClasses.filter((c) => sendableInHeader(c.character)),
      places: ['middle'],
    });
    for (const { name: caseName, value, accepted } of values) {
      // Any valid value of a header the server only reads (x-routing-id) is a valid request; the
      // merchant id must be the real one, so only its refused values are sent.
      if (accepted && parameter.required) continue;
      if (accepted) addValid({ name: caseName, group: name, body: oneValidField, headers: header(value) });
      else addInvalid({ name: caseName, group: name, body: oneValidField, headers: header(value) });
    }
    if (!parameter.required) {
      const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'].join('');
      addValid({
        name: `${name}: every ASCII punctuation character`,
        group: name,
        body: oneValidField,
        headers: header(punctuation),
      });
    }
  }

  // The path parameter: a value out of its rule can name no customer, so 400 or 404 both agree.
  const pathValues = valueCases({
    field: pathParameter.name,
    language: language(pathParameter.schema),
    example: customerId,
    allowedClasses: [],
    refusedClasses,
    places: ['middle'],
  });
  for (const { name, value, accepted } of pathValues) {
    if (accepted) continue;
    addInvalid({
      name,
      group: pathParameter.name,
      body: oneValidField,
      customerId: value,
      expected: expectStatus(400, 404),
    });
  }
  const unknownId = `${customerId.slice(0, Math.max(0, pathParameter.schema.maxLength - 17))}-no-such-customer`;
  addInvalid({
    name: `a ${pathParameter.name} no customer has`,
    group: pathParameter.name,
    body: oneValidField,
    customerId: unknownId,
    expected: notFound,
  });
  addInvalid({
    name: `a ${pathParameter.name} of ASCII punctuation no customer has`,
    group: pathParameter.name,
    body: oneValidField,
    customerId: `no-such-customer!"#$%&'()*+,-/:;<=>?@[\\]^_\`{|}~`,
    expected: notFound,
  });

  // The security scheme (HTTP Basic): a missing header is 401 (or 403, which some deployments
  // send); a malformed header, another scheme or an unknown key is 401.
  const scheme = spec.components.securitySchemes[Object.keys(operation.security?.[0] ?? spec.security[0])[0] ?? ''];
  if (scheme?.type !== 'http' || scheme.scheme !== 'basic') throw new Error('the suite knows HTTP Basic security only');
  addInvalid({
    name: 'no Authorization header',
    group: 'auth',
    body: oneValidField,
    auth: 'none',
    expected: expectStatus(401, 403),
  });
  addInvalid({
    name: 'a Bearer token instead of Basic auth',
    group: 'auth',
    body: oneValidField,
    auth: 'bearer',
    expected: expectStatus(401),
  });
  addInvalid({
    name: 'Basic auth that is not base64',
    group: 'auth',
    body: oneValidField,
    auth: 'malformed',
    expected: expectStatus(401),
  });
  addInvalid({
    name: 'an API key that does not exist',
    group: 'auth',
    body: oneValidField,
    auth: 'unknown-key',
    expected: expectStatus(401),
  });

  // Valid updates: the document's request examples first (email only first: its answer shows
  // whether an invalid case above left a trace), the generated ones, Content-Type parameters,
  // and the full example again last, to leave the customer in a tidy state.
  const examples = requestExamples(form).sort((a, b) => Object.keys(a.value).length - Object.keys(b.value).length);
  /** @type {Array<{ name: string, group: string, body: Record<string, string>, mediaType?: string }>} */
  const exampleCases = examples.map((e) => ({ name: `example ${e.name} (form)`, group: 'examples', body: e.value }));
  exampleCases.push({
    name: `example ${firstExample.name} (JSON)`,
    group: 'examples',
    body: firstExample.value,
    mediaType: json,
  });
  exampleCases.push({
    name: 'Content-Type with charset=utf-8 (form)',
    group: 'media type',
    body: firstExample.value,
    mediaType: `${form}; charset=utf-8`,
  });
  exampleCases.push({
    name: 'Content-Type with charset=utf-8 (JSON)',
    group: 'media type',
    body: firstExample.value,
    mediaType: `${json}; charset=utf-8`,
  });
  const generated = valid.splice(0);
  for (const c of exampleCases) addValid(c);
  valid.push(...generated);
  addValid({ name: `example ${firstExample.name} again (form)`, group: 'examples', body: firstExample.value });

  // Ajv's verdict on every case, before anything is sent.
  for (const c of [...invalid, ...valid]) checkAgainstDocument(rules, c, customerId);
  const names = new Set();
  for (const c of [...invalid, ...valid]) {
    if (names.has(c.name)) throw new Error(`two cases are named ${JSON.stringify(c.name)}`);
    names.add(c.name);
  }
  return { invalid, valid, seed };
}

/**
 * At most `maxCases` of the suite, taken from every rule in turn (each group of cases, valid
 * and invalid apart, shuffled by the suite's seed), in the suite's order. The document's
 * examples come first in each turn, so the customer is still left with the full example.
 * @template {{ invalid: SuiteCase[], valid: SuiteCase[], seed: number }} T
 * @param {T} suite @param {number} maxCases @returns {T}
 */
export function selectCases(suite, maxCases) {
  const all = [...suite.invalid, ...suite.valid];
  if (all.length <= maxCases) return suite;
  const random = seededRandom(suite.seed ^ 0xca5e);
  /** @type {Map<string, SuiteCase[]>} */
  const groups = new Map([['examples/valid', []]]);
  for (const c of all) {
    const key = `${c.group}/${c.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, cases] of groups) {
    if (key === 'examples/valid') continue;
    for (let i = cases.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [cases[i], cases[j]] = [/** @type {SuiteCase} */ (cases[j]), /** @type {SuiteCase} */ (cases[i])];
    }
  }
  const chosen = new Set();
  for (let turn = 0; chosen.size < maxCases; turn += 1) {
    const before = chosen.size;
    for (const cases of groups.values()) {
      const next = cases[turn];
      if (next && chosen.size < maxCases) chosen.add(next);
    }
    if (chosen.size === before) break;
  }
  const examples = groups.get('examples/valid') ?? [];
  const restore = examples[examples.length - 1];
  if (restore && !chosen.has(restore)) {
    chosen.delete([...chosen].pop());
    chosen.add(restore);
  }
  return {
    ...suite,
    invalid: suite.invalid.filter((c) => chosen.has(c)),
    valid: suite.valid.filter((c) => chosen.has(c)),
  };
}

/**
 * Holds a case to the document's verdict (Ajv on the schemas, the security scheme's form):
 * a valid case must break nothing; an invalid one must break a rule, of the kind it names.
 * @param {ReturnType<typeof documentRules>} rules @param {SuiteCase} c @param {string} customerId
 */
function checkAgainstDocument(rules, c, customerId) {
  const headers = { 'x-merchantid': 'merchant', 'x-routing-id': 'routing', ...lowerCase(c.headers ?? {}) };
  const sent = /** @type {Record<string, string>} */ (
    Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined))
  );
  if (c.mediaType !== undefined) sent['content-type'] = c.mediaType;
  const auth = authorization(c.auth, 'key', () => 0.5);
  if (auth !== undefined) sent.authorization = auth;
  const verdict = rules.requestVerdict({
    customerId: c.customerId ?? customerId,
    headers: sent,
    bodyText: encodeBody(c.body, c.mediaType),
  });
  const broken = verdict.violations.length > 0 || verdict.auth !== 'ok';
  const meantBroken = c.kind === 'invalid' && c.auth !== 'unknown-key' && !c.expected.every((s) => s === 404);
  if (broken !== meantBroken) {
    const said = broken
      ? `refuses it (${[verdict.auth !== 'ok' ? `auth ${verdict.auth}` : '', ...verdict.violations].filter(Boolean).join('; ')})`
      : 'accepts it';
    throw new Error(`case "${c.name}": the document ${said}, but the case was written as ${c.kind}`);
  }
  if (c.auth !== 'key' && c.auth !== 'unknown-key' && verdict.auth === 'ok')
    throw new Error(`case "${c.name}": the document accepts its credentials`);
  c.violations = verdict.violations;
}

const lowerCase = (/** @type {Record<string, string | undefined>} */ headers) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

export { operationPath };
