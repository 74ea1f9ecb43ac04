// The artifacts other tools consume: the 3.0 variant is valid 3.0 and keeps every rule; the
// dereferenced file has no $ref left; the types name the root schemas.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDir, repoRoot } from '../scripts/lib/paths.mjs';
import { bundledSpec } from './support/bundled-schema.js';
import { lintFile } from './support/lint.js';

const readJson = (file: string) => JSON.parse(readFileSync(path.join(generatedDir, file), 'utf8'));

describe('openapi-3.0.json', () => {
  const spec30 = readJson('openapi-3.0.json');

  it('is a structurally valid OpenAPI 3.0 document', async () => {
    const config = path.join(repoRoot, 'test/fixtures/redocly-spec-only.yaml');
    const report = await lintFile(path.join(generatedDir, 'openapi-3.0.json'), config);
    expect(report.problems).toEqual([]);
    expect(spec30.openapi).toMatch(/^3\.0\./);
  });

  it('keeps every pattern and length bound of the 3.1 document', () => {
    const rules = (spec: any) =>
      Object.fromEntries(
        Object.entries<any>(spec.components.schemas)
          .filter(([, s]) => s.pattern)
          .map(([name, s]) => [name, [s.pattern, s.minLength, s.maxLength]]),
      );
    expect(rules(spec30)).toEqual(rules(bundledSpec));
    expect(Object.keys(rules(spec30))).toHaveLength(4);
  });

  it('says nullable instead of a null type, and enum instead of const', () => {
    const customer = spec30.components.schemas.Customer;
    expect(customer.properties.email_address).toMatchObject({ type: 'string', nullable: true });
    expect(customer.properties.object).toMatchObject({ enum: ['customer'] });
    expect(JSON.stringify(spec30)).not.toMatch(/"const"|"jsonSchemaDialect"|"'null'"/);
  });
});

describe('openapi.dereferenced.json', () => {
  it('has no $ref left, and carries the body rules inline', () => {
    const deref = readJson('openapi.dereferenced.json');
    expect(JSON.stringify(deref)).not.toContain('"$ref"');
    const body =
      deref.paths['/customers/{customer_id}'].post.requestBody.content['application/x-www-form-urlencoded'].schema;
    expect(body.properties.first_name.pattern).toBe(bundledSpec.components.schemas.PersonName.pattern);
  });
});

describe('types.ts', () => {
  const types = readFileSync(path.join(generatedDir, 'types.ts'), 'utf8');
  it.each(['Customer', 'UpdateCustomerBody', 'ErrorResponse', 'ErrorInfo', 'FieldError'])(
    'exports %s by name',
    (name) => {
      expect(types).toContain(`export type ${name} = components['schemas']['${name}'];`);
    },
  );
});
