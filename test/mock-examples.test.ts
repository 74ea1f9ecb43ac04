// The spec against itself: Prism, run with --errors, serves every named response example of
// every status without a violation (an example that broke its schema would come back as 500).
import { describe, expect, inject, it } from 'vitest';
import { resolveRef, updateCustomerOperation } from '../scripts/lib/spec.mjs';
import { bundledSpec } from './support/bundled-schema.js';
import { basicAuth, exampleCustomerId, exampleMerchantId, sendRawUpdate } from './support/raw-update.js';

const mockUrl = inject('prismMockUrl');
const operation = updateCustomerOperation(bundledSpec);

const namedExamples = Object.entries<any>(operation.responses).flatMap(([status, ref]) =>
  Object.entries<any>(resolveRef(bundledSpec, ref).content['application/json'].examples).map(([name, example]) => ({
    status: Number(status),
    name,
    value: resolveRef(bundledSpec, example).value,
  })),
);

describe('Prism --errors serves each named response example', () => {
  it('covers every status the operation declares', () => {
    // A second writing of the statuses: the ones the TypeScript client handles (src/retry.ts
    // retries 429, 502, 503, 504), so that removing one from the document fails here.
    expect(new Set(namedExamples.map((e) => e.status))).toEqual(
      new Set([200, 400, 401, 403, 404, 429, 500, 502, 503, 504]),
    );
  });

  it.each(namedExamples)('$status $name', async ({ status, name, value }) => {
    const answer = await sendRawUpdate(mockUrl, { headers: { prefer: `code=${status}, example=${name}` } });
    expect(answer.status).toBe(status);
    expect(answer.violations).toEqual([]);
    expect(answer.body).toEqual(value);
  });
});

describe('Prefer: code=429 answers the contract 429 with Retry-After', () => {
  const retryAfter = resolveRef(
    bundledSpec,
    resolveRef(bundledSpec, operation.responses['429']).headers['Retry-After'],
  );

  it.each([429, 503])('%i carries the first Retry-After example, which fits its own schema', async (status) => {
    const response = await fetch(`${mockUrl}/customers/${exampleCustomerId}`, {
      method: 'POST',
      headers: {
        authorization: basicAuth('test_api_key'),
        'x-merchantid': exampleMerchantId,
        'content-type': 'application/x-www-form-urlencoded',
        prefer: `code=${status}`,
      },
      body: 'first_name=Jon',
    });
    const body = await response.json();
    expect(response.status).toBe(status);
    expect(body).toEqual(namedExamples.find((e) => e.status === status)!.value);
    const header = response.headers.get('retry-after');
    expect(header).toBe(Object.values<any>(retryAfter.examples)[0].value);
    expect(header).toMatch(new RegExp(retryAfter.schema.pattern));
  });
});
