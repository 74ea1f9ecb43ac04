// The conformance suite says what the spec says: every value an invalid case sends is refused
// by Ajv on the bundled document and every valid body is accepted, so the "expected" column of
// `npm run verify` is the document's verdict, not the generator's opinion.
import { describe, expect, it } from 'vitest';
import { buildSuite } from '../scripts/verify/cases.mjs';
import { showCustomerId } from '../scripts/verify/report.mjs';
import { acceptsField, bundledSpec, schemaValidator } from './support/bundled-schema.js';

const suite = buildSuite(bundledSpec, { customerId: 'cst_om2l6ctlptxwxuzj' });
const validateBody = schemaValidator('UpdateCustomerBody');

describe('the generated suite', () => {
  it('has a unique name for every case', () => {
    const names = [...suite.invalid, ...suite.valid].map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers every body field with values refused for length and for characters', () => {
    const fields = Object.keys(bundledSpec.components.schemas.UpdateCustomerBody.properties);
    for (const field of fields) {
      const cases = suite.invalid.filter((c) => c.rejects === field);
      expect(cases.some((c) => /characters \(max \d+\)$/.test(c.name)), field).toBe(true);
      expect(cases.filter((c) => / with /.test(c.name)).length, field).toBeGreaterThan(3);
    }
  });

  it.each(suite.invalid.filter((c) => c.rejects))('Ajv refuses the value of "$name"', ({ rejects, body }) => {
    expect(acceptsField(rejects!, (body as Record<string, string>)[rejects!])).toBe(false);
  });

  it.each(suite.valid)('Ajv accepts the body of "$name"', ({ body }) => {
    expect(validateBody(body)).toMatchObject({ valid: true });
  });

  it('includes the documented rejections a server most often gets wrong', () => {
    const names = suite.invalid.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'first_name with "+" in it',
        'mobile_country_code with "+" in it',
        'mobile_number with "+" inside',
        'email_address with "." before "@"',
        'no x-merchantid header',
        'no Authorization header',
      ]),
    );
  });
});

describe('customer ids in the output', () => {
  it('prints a Juspay id whole, and an email or phone number by its ends only', () => {
    expect(showCustomerId('cst_om2l6ctlptxwxuzj')).toBe('cst_om2l6ctlptxwxuzj');
    expect(showCustomerId('jane.doe@example.com')).not.toContain('jane.doe');
    expect(showCustomerId('+919912346789')).not.toContain('99123');
  });
});
