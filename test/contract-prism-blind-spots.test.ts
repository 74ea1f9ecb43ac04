// Where Prism does not hold a request to the spec, each shown on a real run, and what covers
// the gap, so that the gate never rests on Prism alone:
// 1. it ignores unknown form fields (Ajv and the client's validator do not, and the client
//    sends nothing);
// 2. it ignores 2020-12-only keywords unless the root declares `jsonSchemaDialect`;
// 3. one pattern that does not compile with the `u` flag switches off all validation of the
//    request body it is part of (test/patterns.test.ts keeps every pattern of the real document
//    compiling with `u`).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newAjv } from '../scripts/lib/ajv.mjs';
import { startPrism } from '../scripts/lib/prism.mjs';
import { operationPath } from '../scripts/lib/spec.mjs';
import { createCustomerClient, JuspayValidationError, validateUpdateCustomerBody } from '../src/index.js';
import { bundledSpec, schemaValidator } from './support/bundled-schema.js';
import { exampleCustomerId, exampleMerchantId, form, json, sendRawUpdate } from './support/raw-update.js';
import { startAll } from './support/start-all.js';

const mockUrl = inject('prismMockUrl');
const dialect2020 = 'https://json-schema.org/draft/2020-12/schema';
/** Compiles without the `u` flag, but `\:` is an invalid escape with it. */
const patternBrokenUnderU = '^[0-9\\:]+$';

type Spec = typeof bundledSpec;
const schemaRef = (name: string) => `"#/components/schemas/${name}"`;
/** Where the copy with the broken pattern serves Update Customer, beside the real path. */
const brokenPrefix = '/pattern-broken-under-u';

// A 2020-12-only keyword: a country code only makes sense with a number.
const addDependentRequired = (spec: Spec) => {
  spec.components.schemas.UpdateCustomerBody.dependentRequired = { mobile_country_code: ['mobile_number'] };
};

// Serves, under `brokenPrefix`, a copy of the operation whose body refers to a copy of
// MobileCountryCode with `patternBrokenUnderU`. Prism compiles each request body schema on its
// own and a failed compile only skips that schema's validation, so the real operation beside it
// keeps validating (the dependentRequired case on the same document shows it does). A copy that
// missed the broken pattern would be validated, and answer 400, not 200.
const addPatternBrokenCopy = (spec: Spec) => {
  const { schemas } = spec.components;
  const rename = (value: unknown, from: string, to: string) =>
    JSON.parse(JSON.stringify(value).replaceAll(schemaRef(from), schemaRef(to)));
  schemas.MobileCountryCodePatternBrokenUnderU = { ...schemas.MobileCountryCode, pattern: patternBrokenUnderU };
  schemas.UpdateCustomerBodyPatternBrokenUnderU = rename(
    schemas.UpdateCustomerBody,
    'MobileCountryCode',
    'MobileCountryCodePatternBrokenUnderU',
  );
  const copy = rename(spec.paths[operationPath], 'UpdateCustomerBody', 'UpdateCustomerBodyPatternBrokenUnderU');
  copy.post.operationId = `${copy.post.operationId}PatternBrokenUnderU`;
  spec.paths[`${brokenPrefix}${operationPath}`] = copy;
};

// Two documents, so two Prism processes, not one: whether the root declares jsonSchemaDialect
// is one fact per document (Prism's http-spec gives every schema the root's dialect, or
// draft-07 when it has none), and case 2 is about the root. The broken pattern needs no
// document of its own: it is served beside the real operation of the first.
const variants: Record<string, (spec: Spec) => void> = {
  withDialect: (spec) => {
    addPatternBrokenCopy(spec);
    addDependentRequired(spec);
  },
  withoutDialect: (spec) => {
    addDependentRequired(spec);
    delete spec.jsonSchemaDialect;
  },
};

type Prism = Awaited<ReturnType<typeof startPrism>>;
let workDir: string;
let prisms: Record<string, Prism> = {};

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'prism-blind-spots-'));
  const startVariant = async (name: string, change: (spec: Spec) => void) => {
    const spec = structuredClone(bundledSpec);
    change(spec);
    const file = path.join(workDir, `${name}.json`);
    await writeFile(file, JSON.stringify(spec));
    return startPrism({ mode: 'mock', errors: true, spec: file });
  };
  prisms = await startAll(
    Object.fromEntries(Object.entries(variants).map(([name, change]) => [name, startVariant(name, change)])),
  );
}, 90_000);

afterAll(async () => {
  await Promise.all(Object.values(prisms).map((p) => p.stop()));
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('1. unknown form fields', () => {
  const withUnknown = { first_name: 'Jon', nickname: 'Jonny' };

  it('Prism lets an unknown form field through, even alone', async () => {
    for (const body of [withUnknown, { nickname: 'Jonny' }]) {
      const answer = await sendRawUpdate(mockUrl, { headers: { 'content-type': form }, body });
      expect(answer).toMatchObject({ status: 200, violations: [] });
    }
  });

  it('Prism does refuse the same field in JSON', async () => {
    const answer = await sendRawUpdate(mockUrl, { headers: { 'content-type': json }, body: withUnknown });
    expect(answer.status).toBe(400);
    expect(answer.violations).toEqual([
      expect.objectContaining({ code: 'additionalProperties', message: expect.stringContaining("'nickname'") }),
    ]);
  });

  it('Ajv on the bundled document refuses it, whatever the encoding', () => {
    const validate = schemaValidator('UpdateCustomerBody');
    expect(validate(withUnknown)).toMatchObject({
      valid: false,
      errors: [expect.objectContaining({ keyword: 'additionalProperties' })],
    });
    expect(validate({ nickname: 'Jonny' }).valid).toBe(false);
  });

  it("the client's validator names it, and the client sends nothing", async () => {
    expect(validateUpdateCustomerBody(withUnknown)).toEqual({
      valid: false,
      issues: [expect.objectContaining({ field: 'nickname', rule: 'additionalProperties' })],
    });
    let sent = 0;
    const client = createCustomerClient({
      apiKey: 'test_api_key',
      merchantId: exampleMerchantId,
      baseUrl: mockUrl,
      fetch: (request) => {
        sent += 1;
        return fetch(request);
      },
    });
    // An untyped caller (plain JavaScript) is what gets an unknown field this far.
    const untyped = withUnknown as Parameters<typeof client.updateCustomer>[1];
    await expect(client.updateCustomer(exampleCustomerId, untyped)).rejects.toBeInstanceOf(JuspayValidationError);
    expect(sent).toBe(0);
  });
});

describe('2. 2020-12-only keywords need jsonSchemaDialect', () => {
  it('the document declares the 2020-12 dialect at its root', () => {
    expect(bundledSpec.jsonSchemaDialect).toBe(dialect2020);
  });

  it('with the dialect, Prism enforces dependentRequired on a copy that adds it', async () => {
    const answer = await sendRawUpdate(prisms.withDialect!.url, {
      body: { mobile_country_code: '91' },
    });
    expect(answer.status).toBe(400);
    expect(answer.violations).toEqual([
      expect.objectContaining({ code: 'dependentRequired', message: expect.stringContaining('mobile_number') }),
    ]);
  });

  it('without it, the same copy lets the request through without a word', async () => {
    const answer = await sendRawUpdate(prisms.withoutDialect!.url, {
      body: { mobile_country_code: '91' },
    });
    expect(answer).toMatchObject({ status: 200, violations: [] });
  });
});

describe('3. a pattern that does not compile with the u flag', () => {
  it('compiles without the u flag and not with it (what makes it easy to miss)', () => {
    expect(() => new RegExp(patternBrokenUnderU)).not.toThrow();
    expect(() => new RegExp(patternBrokenUnderU, 'u')).toThrow(SyntaxError);
  });

  it.each([
    ['a name with +, a field whose own pattern is fine', { first_name: 'Jo+n' }],
    ['letters as the country code', { mobile_country_code: 'abcd' }],
    ['an unknown field', { nickname: 'Jonny' }],
  ])(
    'switches off validation of its request body: %s gets 200 from the copy and 400 from the real spec',
    async (_, body) => {
      const copy = `${prisms.withDialect!.url}${brokenPrefix}`;
      const broken = await sendRawUpdate(copy, { headers: { 'content-type': json }, body });
      expect(broken).toMatchObject({ status: 200, violations: [] });
      const real = await sendRawUpdate(mockUrl, { headers: { 'content-type': json }, body });
      expect(real.status).toBe(400);
    },
  );

  it('Ajv refuses to compile such a pattern, so the agreement gate would stop loudly', () => {
    expect(() => newAjv().compile({ type: 'string', pattern: patternBrokenUnderU })).toThrow(
      /Invalid regular expression/,
    );
  });
});
