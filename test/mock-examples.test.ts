// The spec against itself: Prism, run with --errors, serves every named response example of
// every status without a violation (an example that broke its schema would come back as 500).
import { describe, expect, inject, it } from 'vitest';
import { resolveRef, updateCustomerOperation } from '../scripts/lib/spec.mjs';
import { bundledSpec } from './support/bundled-schema.js';
import { sendRawUpdate } from './support/raw-update.js';

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
    const answer = await sendRawUpdate(mockUrl, { headers: { prefer: `code=${status}, example=${name}` } });
    expect(answer.status).toBe(status);
    expect(answer.violations).toEqual([]);
    expect(answer.body).toEqual(value);
  });
});
