// The TypeScript client through the wire vectors every SDK answers to (generated/wire-vectors.json), each
// vector twice: against the recording server (the request byte for byte, then what the caller gets from
// the canned answer) and against the shared Prism mock (the request draws no sl-violations, no 400/401).
// A vector that fails must be recorded, exactly, in test/vectors/known-deviations.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generatedDir } from '../scripts/lib/paths.mjs';
import { startRecordingServer } from '../scripts/sdks/recording-server.mjs';
import {
  createCustomerClient,
  JuspayApiError,
  JuspayError,
  JuspayUnexpectedResponseError,
  JuspayValidationError,
} from '../src/index.js';
import { judgeResult, loadDeviations, staleEntries } from './vectors/deviations.mjs';

interface Vector {
  name: string;
  input: { customerId: string; fields: Record<string, string>; routingId?: string };
  request: object | null;
  outcome:
    | { kind: 'customer'; customer: Record<string, unknown> }
    | { kind: 'error'; status: number; errorCode: string | null }
    | { kind: 'rejected'; field: string };
}

const file = JSON.parse(readFileSync(path.join(generatedDir, 'wire-vectors.json'), 'utf8'));
const vectors: Vector[] = file.vectors;
const deviations = loadDeviations();
const sdk = 'typescript';

let recorder: Awaited<ReturnType<typeof startRecordingServer>>;
beforeAll(async () => {
  recorder = await startRecordingServer({ vectors: file });
});
afterAll(() => recorder?.close());

/** Calls the client as the vector's input says; resolves to what the caller got. */
async function call(vector: Vector, baseUrl: string, fetch?: (request: Request) => Promise<Response>) {
  const client = createCustomerClient({
    apiKey: file.credentials.apiKey,
    merchantId: file.credentials.merchantId,
    baseUrl,
    retries: 0,
    ...(fetch && { fetch }),
  });
  const { customerId, fields, routingId } = vector.input;
  try {
    return { customer: await client.updateCustomer(customerId, fields, routingId === undefined ? {} : { routingId }) };
  } catch (error) {
    if (!(error instanceof JuspayError)) throw error;
    return { error };
  }
}

/** What the caller got, in the vectors' outcome terms, when it differs from the vector's outcome; else null. */
function outcomeDifference(vector: Vector, got: Awaited<ReturnType<typeof call>>): string | null {
  const want = vector.outcome;
  const { customer, error } = got;
  if (want.kind === 'customer') {
    if (!customer) return `outcome: ${error?.name} (${error?.code})`;
    const wrong = Object.entries(want.customer)
      .filter(([field, value]) => !sameValue(field, value, (customer as Record<string, unknown>)[field]))
      .map(([field]) => field);
    return wrong.length ? `outcome: the customer's ${wrong.join(', ')} differ` : null;
  }
  if (want.kind === 'rejected') {
    if (!(error instanceof JuspayValidationError)) return `outcome: not refused (${error ? error.name : 'a customer'})`;
    const fields = [...new Set(error.issues.map((issue) => issue.field))];
    return fields.length === 1 && fields[0] === want.field ? null : `outcome: refused naming ${fields.join(', ')}`;
  }
  if (!(error instanceof JuspayApiError || error instanceof JuspayUnexpectedResponseError)) {
    return `outcome: ${error ? error.name : 'a customer'} instead of HTTP ${want.status}`;
  }
  // An error status whose body is not the contract's error JSON (a gateway's HTML page) is a
  // JuspayUnexpectedResponseError with the status, and has no error code.
  const errorCode = error instanceof JuspayApiError ? (error.body.error_code ?? null) : null;
  const same = error.status === want.status && errorCode === want.errorCode;
  return same ? null : `outcome: HTTP ${error.status} (${errorCode})`;
}

/** Timestamps are compared as instants, everything else as JSON values. */
function sameValue(field: string, want: unknown, got: unknown): boolean {
  if (typeof want === 'string' && typeof got === 'string' && /^(date_created|last_updated)$/.test(field)) {
    return Date.parse(want) === Date.parse(got);
  }
  return JSON.stringify(want) === JSON.stringify(got);
}

describe('against the recording server (byte for byte, then the canned answer)', () => {
  it.each(vectors.map((vector) => [vector.name, vector] as const))('%s', async (name, vector) => {
    const got = await call(vector, `${recorder.url}/v/${name}`);
    const verdict = recorder.verdict(name);
    let actual: string | null = null;
    if (vector.request === null && verdict.received) actual = 'sent';
    else if (!verdict.ok) actual = `request: ${verdict.differences.join('; ')}`;
    else actual = outcomeDifference(vector, got);
    const judged = judgeResult(deviations, { sdk, vector: name, check: 'recording', actual });
    expect(judged.ok, judged.message).toBe(true);
  });
});

describe('against the Prism mock (the contract judges each request)', () => {
  const prismUrl = inject('prismMockUrl');
  it.each(vectors.map((vector) => [vector.name, vector] as const))('%s', async (name, vector) => {
    const answers: Array<{ status: number; violations: string | null }> = [];
    await call(vector, prismUrl, async (request) => {
      const response = await globalThis.fetch(request);
      answers.push({ status: response.status, violations: response.headers.get('sl-violations') });
      return response;
    });
    let actual: string | null = null;
    if (vector.request === null) actual = answers.length ? 'sent' : null;
    else if (answers.length !== 1) actual = `prism: ${answers.length} requests`;
    else {
      const [{ status, violations }] = answers as [(typeof answers)[0]];
      if (violations || [400, 401, 422].includes(status)) actual = `prism: ${status} ${violations ?? ''}`.trim();
    }
    const judged = judgeResult(deviations, { sdk, vector: name, check: 'prism', actual });
    expect(judged.ok, judged.message).toBe(true);
  });
});

it('every known deviation names a vector that exists', () => {
  expect(
    staleEntries(
      deviations,
      vectors.map((vector) => vector.name),
    ),
  ).toEqual([]);
});
