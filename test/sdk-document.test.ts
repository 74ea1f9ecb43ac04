// generated/openapi-sdk.json, the document SDK generators read: 3.0.3, the form body only, no one-member
// allOf, ogen's timestamp layout on every date-time; lint-clean under the project's own Redocly config;
// and, rule by rule, the same contract as the bundled 3.1 document.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDir } from '../scripts/lib/paths.mjs';
import { formMediaType, ogenTimeFormat } from '../scripts/generate/sdk-document.mjs';
import { bundledSpec } from './support/bundled-schema.js';
import { lintFile } from './support/lint.js';

const sdkDocument = JSON.parse(readFileSync(path.join(generatedDir, 'openapi-sdk.json'), 'utf8'));
const operationOf = (spec: any) => spec.paths['/customers/{customer_id}'].post;

/**
 * The contract's meaning, written the same way for 3.0 and 3.1: $refs and one-member allOfs resolved,
 * `type: [T, 'null']` as `nullable`, `const` as a one-value enum; prose (descriptions, summaries, titles),
 * schema examples and x- extensions left out. Media-type and parameter `examples` maps are kept.
 */
function meaning(spec: any, node: any = spec, seen: string[] = []): any {
  if (Array.isArray(node)) return node.map((item) => meaning(spec, item, seen));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (seen.includes(node.$ref)) return { cycle: node.$ref };
    const target = node.$ref
      .slice(2)
      .split('/')
      .reduce((parent: any, key: string) => parent[key], spec);
    // A sibling of $ref (3.1) that carries a rule counts too; the SDK document's plain $ref has none.
    const { $ref, ...siblings } = node;
    return { ...meaning(spec, target, [...seen, $ref]), ...meaning(spec, siblings, seen) };
  }
  if (Array.isArray(node.allOf) && node.allOf.length === 1) return meaning(spec, node.allOf[0], seen);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries<any>(node)) {
    if (['description', 'summary', 'title', 'example'].includes(key) || key.startsWith('x-')) continue;
    if (key === 'examples' && Array.isArray(value)) continue;
    if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((type) => type !== 'null');
      out.type = types.length === 1 ? types[0] : types;
      if (value.includes('null')) out.nullable = true;
    } else if (key === 'const') out.enum = [value];
    else out[key] = meaning(spec, value, seen);
  }
  return out;
}

/** What a generator builds a client from: the operation, its parameters, body, auth and answers. */
function contractOf(spec: any) {
  const operation = meaning(spec, operationOf(spec));
  const form = operation.requestBody.content[formMediaType];
  const pathParameters = meaning(spec, spec.paths['/customers/{customer_id}'].parameters);
  return {
    servers: spec.servers.map((server: { url: string }) => server.url),
    security: spec.security,
    securitySchemes: meaning(spec, spec.components.securitySchemes),
    pathParameters,
    operation: {
      ...operation,
      requestBody: { ...operation.requestBody, content: { [formMediaType]: form } },
    },
  };
}

describe('openapi-sdk.json', () => {
  it('is OpenAPI 3.0.3 with only the form body, no one-member allOf, and ogen’s layout on every date-time', () => {
    expect(sdkDocument.openapi).toBe('3.0.3');
    expect(Object.keys(operationOf(sdkDocument).requestBody.content)).toEqual([formMediaType]);
    expect(JSON.stringify(sdkDocument)).not.toContain('"allOf"');
    const dateTimes = JSON.stringify(sdkDocument).match(/"format": ?"date-time"/g) ?? [];
    const marked = JSON.stringify(sdkDocument).match(new RegExp(`"x-ogen-time-format":"${ogenTimeFormat}"`, 'g')) ?? [];
    expect(dateTimes.length).toBeGreaterThan(0);
    expect(marked.length).toBe(dateTimes.length);
  });

  it('means what the bundled 3.1 document means: operation, parameters, rules, auth, headers, answers', () => {
    expect(contractOf(sdkDocument)).toEqual(contractOf(bundledSpec));
    // The comparison reads the rules it should (a comparison of nothing would pass anyway).
    const body = contractOf(bundledSpec).operation.requestBody.content[formMediaType].schema;
    expect(body.properties.first_name).toMatchObject({ pattern: expect.any(String), maxLength: 64 });
  });

  it.each([
    ['a pattern', (doc: any) => (doc.components.schemas.PersonName.pattern = '^[A-Za-z]+$')],
    ['a length', (doc: any) => (doc.components.schemas.MobileNumber.maxLength = 10)],
    ['a required header', (doc: any) => (doc.components.parameters['x-merchantid'].required = false)],
    ['nullability', (doc: any) => delete doc.components.schemas.Customer.properties.first_name.nullable],
    ['a response', (doc: any) => delete operationOf(doc).responses['404']],
    ['the auth scheme', (doc: any) => (doc.components.securitySchemes.basicAuth.scheme = 'bearer')],
    ['a rule beside a $ref', (d: any) => (d.components.schemas.UpdateCustomerBody.properties.last_name.pattern = '')],
  ])('the comparison catches a change of %s', (_, change) => {
    const changed = structuredClone(sdkDocument);
    change(changed);
    expect(contractOf(changed)).not.toEqual(contractOf(bundledSpec));
  });

  describe('lint with the project’s Redocly config (redocly.yaml)', () => {
    const lint = async (file: string) => (await lintFile(file)).problems.map((p) => p.ruleId);

    it('has zero problems, and the config’s house rules do apply to it (a broken copy fails)', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'sdk-document-'));
      const broken = path.join(dir, 'openapi-sdk.json');
      const copy = structuredClone(sdkDocument);
      delete operationOf(copy).requestBody.content[formMediaType].examples;
      await writeFile(broken, JSON.stringify(copy));
      try {
        expect(await lint(path.join(generatedDir, 'openapi-sdk.json'))).toEqual([]);
        expect(await lint(broken)).toContain('rule/request-body-has-examples');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });
});
