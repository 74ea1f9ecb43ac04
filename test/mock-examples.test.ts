// The spec against itself: Prism, run with --errors, serves every named response example of
// every status without a violation (an example that broke its schema would come back as 500).
import { describe, expect, inject, it } from 'vitest';
import { resolveRef, updateCustomerOperation } from '../scripts/lib/spec.mjs';
import { bundledSpec } from './support/bundled-schema.js';

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
    expect(new Set(namedExamples.map((e) => e.status))).toEqual(new Set([200, 400, 401, 403, 404]));
  });

  it.each(namedExamples)('$status $name', async ({ status, name, value }) => {
    const response = await fetch(`${mockUrl}/customers/cst_om2l6ctlptxwxuzj`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('key:').toString('base64')}`,
        'x-merchantid': 'merchant-id',
        'content-type': 'application/x-www-form-urlencoded',
        prefer: `code=${status}, example=${name}`,
      },
      body: new URLSearchParams({ first_name: 'Jon' }),
    });
    expect(response.status).toBe(status);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(await response.json()).toEqual(value);
  });
});
