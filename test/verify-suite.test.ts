// The conformance suite says what the document says: each case's verdict is Ajv's on the
// bundled document (the build refuses a case whose verdict differs, shown here by breaking the
// document once), every rule is covered both ways, the values come from the patterns'
// automata, the same seed gives the same suite, and --max-cases keeps every rule.
import { describe, expect, it } from 'vitest';
import { maskCustomerId } from '../src/redact.js';
import { language } from '../scripts/verify/automaton.mjs';
import { buildSuite, selectCases, type SuiteCase } from '../scripts/verify/cases.mjs';
import { scrubber } from '../scripts/verify/report.mjs';
import { bundledSpec, schemaValidator } from './support/bundled-schema.js';

const customerId = 'cst_om2l6ctlptxwxuzj';
const suite = buildSuite(bundledSpec, { customerId, seed: 1 });
const all: SuiteCase[] = [...suite.invalid, ...suite.valid];
const names = all.map((c) => c.name);
const validateBody = schemaValidator('UpdateCustomerBody');
const fields = Object.keys(bundledSpec.components.schemas.UpdateCustomerBody.properties);

describe('the generated suite', () => {
  it('has a unique name for every case', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(fields)('covers %s both ways: characters in each place, and both length bounds', (field) => {
    const own = all.filter((c) => c.group === field);
    const valid = own.filter((c) => c.kind === 'valid').map((c) => c.name);
    const invalid = own.filter((c) => c.kind === 'invalid').map((c) => c.name);
    expect(valid).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/characters \(the maximum\)$/),
        expect.stringMatching(/\(the shortest allowed\)$/),
      ]),
    );
    expect(invalid).toEqual(
      expect.arrayContaining([`${field}: empty`, expect.stringMatching(/characters \(one over the maximum\)$/)]),
    );
    for (const where of ['at the start', 'in the middle', 'at the end']) {
      for (const kind of [
        'a space',
        'a line feed',
        'a NUL character',
        'an emoji (outside the BMP)',
        'a Latin letter with an accent',
      ]) {
        expect(invalid, `${kind} ${where}`).toContain(`${field}: ${kind} ${where}`);
      }
    }
  });

  it('holds every body the suite sends as valid to Ajv, and every value it sends as refused to be refused', () => {
    for (const c of suite.valid.filter((c) => typeof c.body === 'object' && c.group !== 'media type')) {
      expect(validateBody(c.body), c.name).toMatchObject({ valid: true });
    }
    for (const c of suite.invalid.filter((c) => c.rejects)) {
      expect(validateBody(c.body).valid, c.name).toBe(false);
      expect(c.violations!.length, c.name).toBeGreaterThan(0);
    }
  });

  it('includes the cases a server most often gets wrong, and every rule of the body, headers, path and auth', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'first_name: "+" in the middle',
        'first_name: a space at the start',
        'first_name: "Jean-Luc" (documented)',
        'first_name: "-" at the start, in the middle and at the end',
        'mobile_country_code: "+" at the start',
        'mobile_number: "+" at the start',
        'mobile_number: "+" in the middle',
        'email_address: "customer+juspay@gmail.com" (documented)',
        'email_address: two @',
        'email_address: one domain label (user@localhost)',
        'email_address: a domain label that starts with -',
        'email_address: a local part that ends with .',
        'email_address: a line feed at the end',
        'an empty form body',
        'an empty JSON object'.replace('JSON object', 'JSON body'),
        'a valid field plus id (form)',
        'a valid field plus id (JSON)',
        'mobile_number: a JSON number (JSON)',
        'Content-Type text/plain',
        'no Content-Type',
        'Content-Type with charset=utf-8 (form)',
        'no x-merchantid header',
        'x-merchantid: a space in the middle',
        'no x-routing-id header (form)',
        'x-routing-id: 128 characters (the maximum)',
        'customer_id: 129 characters (one over the maximum)',
        'a customer_id no customer has',
        'no Authorization header',
        'a Bearer token instead of Basic auth',
        'Basic auth that is not base64',
        'an API key that does not exist',
      ]),
    );
  });

  it('leaves the customer with the full example: the last case sends it', () => {
    expect(suite.valid.at(-1)?.name).toBe('example all_fields again (form)');
  });

  it('is the same for the same seed; another seed picks other characters for the same rules', () => {
    const again = buildSuite(bundledSpec, { customerId, seed: 1 });
    expect([...again.invalid, ...again.valid]).toEqual(all);
    const other = buildSuite(bundledSpec, { customerId, seed: 2 });
    const otherAll = [...other.invalid, ...other.valid];
    expect(new Set(otherAll.map((c) => `${c.group}/${c.kind}`))).toEqual(
      new Set(all.map((c) => `${c.group}/${c.kind}`)),
    );
    expect(otherAll.map((c) => JSON.stringify(c.body))).not.toEqual(all.map((c) => JSON.stringify(c.body)));
  });

  it('--max-cases keeps every rule (each group, valid and invalid) and the final example', () => {
    const groups = new Set(all.map((c) => `${c.group}/${c.kind}`));
    const small = selectCases(suite, groups.size + 5);
    const picked = [...small.invalid, ...small.valid];
    expect(picked).toHaveLength(groups.size + 5);
    expect(new Set(picked.map((c) => `${c.group}/${c.kind}`))).toEqual(groups);
    expect(small.valid.at(-1)?.name).toBe('example all_fields again (form)');
  });

  it('refuses to build when a case and the document disagree (the document broken once)', () => {
    const broken = structuredClone(bundledSpec);
    // An email pattern that takes a single domain label: the prose case user@localhost is then valid.
    const pattern: string = broken.components.schemas.EmailAddress.pattern;
    expect(pattern.endsWith(')+$')).toBe(true);
    broken.components.schemas.EmailAddress.pattern = `${pattern.slice(0, -3)})*$`;
    expect(() => buildSuite(broken, { customerId, seed: 1 })).toThrow(
      /case "email_address: one domain label \(user@localhost\)": the document accepts it, but the case was written as invalid/,
    );
  });
});

describe('the automaton reading of a pattern', () => {
  const rule = bundledSpec.components.schemas.MobileNumber;
  const mobile = language(rule);
  const plus = '+'.codePointAt(0)!;

  it('finds where a character can stand, within the length bounds', () => {
    expect(mobile.wordWith(plus, 'start')).toMatch(/^\+[0-9]$/);
    expect(mobile.wordWith(plus, 'middle')).toBeUndefined();
    expect(mobile.wordWith(plus, 'end')).toBeUndefined();
    expect(mobile.wordOfLength(rule.maxLength, [])).toHaveLength(rule.maxLength);
    expect(mobile.wordOfLength(rule.maxLength + 1, [])).toBeUndefined();
    expect(mobile.accepts(mobile.patternWordOfLength(rule.maxLength + 1, [])!)).toBe(false);
  });

  it('refuses a pattern it cannot read as a whole-value rule', () => {
    expect(() => language({ pattern: '[0-9]+' })).toThrow(/not anchored/);
  });
});

describe('what the output shows of the customer id and the key', () => {
  it("masks the customer id (raw and percent-encoded) with the client's own masking, and removes the key", () => {
    const scrub = scrubber({ apiKey: 'sk_live_secret', customerId: 'jane.doe@example.com', maskCustomerId });
    const basic = Buffer.from('sk_live_secret:').toString('base64');
    const text = scrub(`jane.doe@example.com ${encodeURIComponent('jane.doe@example.com')} sk_live_secret ${basic}`);
    expect(text).toBe('ja*** ja*** [api key] [api key]');
    expect(scrubber({ customerId: 'cst_abc123', maskCustomerId })('cst_abc123')).toBe('cst_abc123');
  });
});
