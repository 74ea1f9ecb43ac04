// The pre-send check (validateUpdateCustomerBody, also what the client runs): it gives the same
// verdict as the bundled document read by Ajv, names the field and the rule, never the value,
// and refuses an oversized value from its length alone.
import { describe, expect, it } from 'vitest';
import { updateCustomerFields, validateUpdateCustomerBody } from '../src/index.js';
import { exampleValue, updateCustomerOperation } from '../scripts/lib/spec.mjs';
import { bundledSpec, schemaValidator } from './support/bundled-schema.js';

const bodySchema = bundledSpec.components.schemas.UpdateCustomerBody;
const documentVerdict = schemaValidator('UpdateCustomerBody');
const issuesOf = (body: unknown) => {
  const result = validateUpdateCustomerBody(body);
  return result.valid ? [] : result.issues;
};

describe('validateUpdateCustomerBody', () => {
  it('knows the fields the document lists', () => {
    expect(updateCustomerFields).toEqual(Object.keys(bodySchema.properties));
  });

  it('accepts the document request examples', () => {
    const { examples } = updateCustomerOperation(bundledSpec).requestBody.content['application/x-www-form-urlencoded'];
    expect(Object.keys(examples).length).toBeGreaterThan(0);
    for (const name of Object.keys(examples)) {
      expect(validateUpdateCustomerBody(exampleValue(bundledSpec, examples, name))).toEqual({ valid: true });
    }
  });

  it('wants at least one field', () => {
    expect(issuesOf({})).toEqual([
      { field: 'body', rule: 'minProperties', message: expect.stringContaining('at least 1') },
    ]);
  });

  it('treats undefined fields as not sent (so a body of only undefined is empty)', () => {
    expect(issuesOf({ first_name: undefined })).toMatchObject([{ field: 'body', rule: 'minProperties' }]);
    expect(validateUpdateCustomerBody({ first_name: 'Jon', last_name: undefined })).toEqual({ valid: true });
  });

  it('refuses unknown fields, naming each', () => {
    expect(issuesOf({ first_name: 'Jon', object_reference_id: 'x', options: {} })).toEqual([
      { field: 'object_reference_id', rule: 'additionalProperties', message: expect.stringContaining('unknown field') },
      { field: 'options', rule: 'additionalProperties', message: expect.stringContaining('unknown field') },
    ]);
  });

  it.each([
    ['a number', 9988776644],
    ['null', null],
    ['an object', { toString: () => '9988776644' }],
    ['an array', ['9988776644']],
    ['a boolean', true],
  ])('refuses %s where a string belongs (untyped callers)', (_, value) => {
    expect(issuesOf({ mobile_number: value })).toEqual([
      { field: 'mobile_number', rule: 'type', message: 'mobile_number must be a string' },
    ]);
  });

  it.each([null, 'first_name=Jon', ['Jon'], 42, undefined])('refuses a body that is not an object: %j', (body) => {
    expect(issuesOf(body)).toEqual([{ field: 'body', rule: 'type', message: expect.any(String) }]);
  });

  it('names the pattern that failed', () => {
    const [issue] = issuesOf({ first_name: 'Jon Snow' });
    expect(issue).toEqual({
      field: 'first_name',
      rule: 'pattern',
      message: expect.stringContaining(bundledSpec.components.schemas.PersonName.pattern),
    });
  });

  it('checks lengths before the pattern and keeps one issue per field', () => {
    const limit = bundledSpec.components.schemas.PersonName.maxLength;
    expect(issuesOf({ first_name: '!'.repeat(limit + 1), last_name: '' })).toEqual([
      { field: 'first_name', rule: 'maxLength', message: `first_name must be at most ${limit} characters long` },
      { field: 'last_name', rule: 'minLength', message: 'last_name must be at least 1 character long' },
    ]);
  });

  it('refuses a 1 MB value for its length', () => {
    const huge = `${'a'.repeat(1 << 20)}@example.com`;
    expect(issuesOf({ email_address: huge, foo: 'x' })).toEqual([
      { field: 'email_address', rule: 'maxLength', message: expect.any(String) },
      { field: 'foo', rule: 'additionalProperties', message: expect.any(String) },
    ]);
  });

  it('counts length in code points, as JSON Schema does', () => {
    const limit = bundledSpec.components.schemas.PersonName.maxLength;
    // `limit` astral characters are 2·limit UTF-16 units: long by .length, not by the schema.
    const [issue] = issuesOf({ first_name: '😀'.repeat(limit) });
    expect(issue?.rule).toBe('pattern');
  });

  it('never puts the value in a message', () => {
    const secretish = 'Zq9Marker';
    const bodies = [
      { email_address: `${secretish}@@x.com` },
      { mobile_number: `+${secretish}` },
      { first_name: `${secretish} ${secretish}` },
      { first_name: secretish.repeat(50) },
      { last_name: secretish.repeat(1000) },
    ];
    for (const body of bodies) {
      const issues = issuesOf(body);
      expect(issues.length).toBe(1);
      expect(JSON.stringify(issues)).not.toContain(secretish);
    }
  });

  it.each([
    { first_name: 'Jon' },
    { email_address: 'a+b@x.com', mobile_number: '+919912346789' },
    { email_address: 'user@localhost' },
    { mobile_country_code: '+91' },
    { last_name: "O'Brien" },
    { first_name: 'Jon', extra: 'x' },
    {},
    { mobile_number: '99887766441234567' },
  ])('agrees with the document read by Ajv: %j', (body) => {
    expect(validateUpdateCustomerBody(body).valid).toBe(documentVerdict(body).valid);
  });
});
