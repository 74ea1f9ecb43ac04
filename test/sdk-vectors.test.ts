// generated/wire-vectors.json follows the contract, not a copy of it: its values sit at the bounds the
// bundled document states (and move when the document does), its requests decode back to their inputs,
// every documented example is a vector. Also the rule harnesses apply to known deviations.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formEncode, pathEncode, scenariosFile, wireVectorsFrom } from '../scripts/generate/wire-vectors.mjs';
import { formEncode as clientFormEncode } from '../src/form.js';
import { generatedDir } from '../scripts/lib/paths.mjs';
import { bundledSpec } from './support/bundled-schema.js';
import { judgeResult, loadDeviations, staleEntries, type Deviation } from './vectors/deviations.mjs';

const file = JSON.parse(readFileSync(path.join(generatedDir, 'wire-vectors.json'), 'utf8'));
const scenarios = JSON.parse(readFileSync(scenariosFile, 'utf8'));
const vectors: any[] = file.vectors;
const byName = (name: string) => vectors.find((vector) => vector.name === name);
const schemas = bundledSpec.components.schemas;

it('every request example, parameter example and documented answer is a vector', () => {
  const operation = bundledSpec.paths['/customers/{customer_id}'].post;
  const form = operation.requestBody.content['application/x-www-form-urlencoded'];
  for (const example of Object.keys(form.examples)) expect(byName(`example-${example}`)).toBeDefined();
  for (const [status, { $ref }] of Object.entries<any>(operation.responses)) {
    const response = bundledSpec.components.responses[$ref.split('/').pop()];
    for (const example of Object.keys(response.content['application/json'].examples)) {
      expect(byName(`response-${status}-${example}`)).toBeDefined();
    }
  }
  expect(file.contractVersion).toBe(bundledSpec.info.version);
});

it('puts each field at the lengths the document states', () => {
  expect(byName('first_name-max-length').input.fields.first_name).toHaveLength(schemas.PersonName.maxLength);
  expect(byName('email_address-min-length').input.fields.email_address).toHaveLength(schemas.EmailAddress.minLength);
  expect(byName('mobile_number-too-long').input.fields.mobile_number).toHaveLength(schemas.MobileNumber.maxLength + 1);
  expect(byName('mobile_number-too-long').outcome).toEqual({ kind: 'rejected', field: 'mobile_number' });
});

it('follows the document when a rule changes (nothing is copied from it)', () => {
  const changed = structuredClone(bundledSpec);
  changed.components.schemas.PersonName.maxLength = 10;
  changed.components.schemas.MobileNumber.pattern = '^[0-9]+$';
  const derived = wireVectorsFrom(changed, scenarios).vectors;
  const named = (name: string) => derived.find((vector: { name: string }) => vector.name === name)!;
  expect(named('last_name-max-length').input.fields.last_name).toHaveLength(10);
  expect(named('mobile_number-with-plus').outcome).toEqual({ kind: 'rejected', field: 'mobile_number' });
});

it('each request decodes back to its input: fields in schema order, the path id, the routing id', () => {
  const order = Object.keys(schemas.UpdateCustomerBody.properties);
  for (const vector of vectors.filter((v) => v.request)) {
    const sent = [...new URLSearchParams(vector.request.body)];
    expect(sent).toEqual(Object.entries(vector.input.fields));
    expect(sent.map(([name]) => order.indexOf(name))).toEqual(sent.map(([name]) => order.indexOf(name)).sort());
    expect(decodeURIComponent(vector.request.path.replace('/customers/', ''))).toBe(vector.input.customerId);
    const { headers, optionalHeaders } = vector.request;
    const routing = headers['x-routing-id'] ?? { optional: optionalHeaders['x-routing-id'] };
    expect(routing).toEqual(vector.input.routingId ?? { optional: vector.input.customerId });
  }
  expect(byName('email_address-with-plus').request.body).toMatch(/^email_address=[^+]*%2B[^+]*%40/);
});

it('reads +0000 timestamps as UTC instants and keeps unknown fields out of the outcome', () => {
  expect(byName('response-200-plus0000-timestamps').outcome.customer.date_created).toBe('2016-08-02T08:07:52Z');
  expect(byName('response-200-unknown-fields').response.body).toContain('loyalty_tier');
  expect(byName('response-200-unknown-fields').outcome.customer).not.toHaveProperty('loyalty_tier');
  expect(byName('response-502-html').outcome).toEqual({ kind: 'error', status: 502, errorCode: null });
});

it('states the encoding the TypeScript client sends, for every ASCII character and beyond', () => {
  // Each character alone and inside text, so that a rule and the client cannot agree by accident.
  const characters = [...Array(128).keys()].map((code) => String.fromCharCode(code)).concat(['é', '名', '😀']);
  for (const char of characters) {
    const text = `a${char}b${char}`;
    expect(`f=${formEncode(text)}`, JSON.stringify(char)).toBe(clientFormEncode({ f: text }));
    expect(pathEncode(text), JSON.stringify(char)).toBe(encodeURIComponent(text));
  }
});

describe('the known-deviations rule', () => {
  const table: Deviation[] = [
    { sdk: 'python', vector: ['a', 'b'], check: 'recording', actual: 'sent', why: 'no pattern check' },
  ];
  const judge = (vector: string, actual: string | null, sdk: Deviation['sdk'] = 'python') =>
    judgeResult(table, { sdk, vector, check: 'recording', actual }).ok;

  it('passes a met vector and a deviation that is still exactly what is recorded', () => {
    expect(judge('c', null)).toBe(true);
    expect(judge('b', 'sent')).toBe(true);
  });

  it('fails an unexplained failure, a changed deviation and a listed vector that is now met', () => {
    expect(judge('c', 'sent')).toBe(false);
    expect(judge('a', 'request: body differs')).toBe(false);
    expect(judge('a', null)).toBe(false);
    expect(judge('a', 'sent', 'go')).toBe(false);
  });

  it('names entries whose vector no longer exists', () => {
    expect(staleEntries(table, ['a'])).toEqual(['python/b']);
  });

  it('refuses a malformed entry, naming it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'deviations-'));
    const file = path.join(dir, 'known-deviations.json');
    try {
      await writeFile(file, JSON.stringify([table[0], { ...table[0], check: 'recordng', why: '' }]));
      expect(() => loadDeviations(file)).toThrow(/entry 1: check must be one of recording, prism; why must be/);
      await writeFile(file, JSON.stringify(table));
      expect(loadDeviations(file)).toEqual(table);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
