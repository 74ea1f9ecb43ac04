// Test doubles for the client: a fetch that records what openapi-fetch hands it and answers from
// a script (the way openapi-fetch tests itself), a fetch wrapper that adds headers (Prism's
// `Prefer`) without a public option for it, the document's own example Customer, and a client
// with test defaults.
import { expect } from 'vitest';
import { exampleValue, resolveRef, updateCustomerOperation } from '../../scripts/lib/spec.mjs';
import { createCustomerClient, type CustomerClientOptions, JuspayError } from '../../src/index.js';
import { bundledSpec } from './bundled-schema.js';
import { exampleMerchantId } from './raw-update.js';

export { exampleCustomerId, exampleMerchantId } from './raw-update.js';

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type Answer = Response | Error | (() => Response | Promise<Response>);

/** A fetch that records each request and answers with the next scripted answer (the last one repeats). */
export function scriptedFetch(...answers: Answer[]) {
  const sent: SentRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    sent.push({
      method: request.method,
      url: request.url,
      headers: headersOf(request.headers),
      body: await request.text(),
    });
    const answer = answers[Math.min(sent.length, answers.length) - 1]!;
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer();
    return answer.clone();
  };
  return { fetch, sent };
}

export function headersOf(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** Wraps a fetch so that every request also carries `extra` headers. */
export function withHeaders(extra: Record<string, string>, inner: (request: Request) => Promise<Response> = fetch) {
  return (request: Request) => {
    const headers = new Headers(request.headers);
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    return inner(new Request(request, { headers }));
  };
}

const operation = updateCustomerOperation(bundledSpec);
const customerExamples = resolveRef(bundledSpec, operation.responses['200']).content['application/json'].examples;

/** The 200 body the document shows first (a Customer). */
export const exampleCustomer: Record<string, unknown> = exampleValue(
  bundledSpec,
  customerExamples,
  Object.keys(customerExamples)[0]!,
);

export const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const customerResponse = (overrides: Record<string, unknown> = {}) =>
  jsonResponse({ ...exampleCustomer, ...overrides });

/** The first named example of an error status, as the document gives it. */
export function errorExample(status: number): Record<string, unknown> {
  const examples = resolveRef(bundledSpec, operation.responses[String(status)]).content['application/json'].examples;
  return exampleValue(bundledSpec, examples, Object.keys(examples)[0]!);
}

/**
 * An error answer as the contract describes it: the document's first example for a status it
 * documents, else a body of the shared error schema that names an error code.
 */
export function errorResponse(status: number, headers: Record<string, string> = {}) {
  const documented = operation.responses[String(status)] !== undefined;
  const body = documented
    ? errorExample(status)
    : { status: 'error', error_code: 'service_unavailable', error_message: 'Try again later' };
  return jsonResponse(body, status, headers);
}

/** A client on an unreachable loopback port that sends through `fetch`, retrying after 1 ms. */
export function clientWith(fetch: CustomerClientOptions['fetch'], options: Partial<CustomerClientOptions> = {}) {
  return createCustomerClient({
    apiKey: 'test_key',
    merchantId: exampleMerchantId,
    baseUrl: 'http://127.0.0.1:9',
    fetch,
    retryDelayMs: 1,
    ...options,
  });
}

/** The JuspayError a call rejects with; fails the test when the call resolves or throws something else. */
export async function rejection(promise: Promise<unknown>): Promise<JuspayError> {
  const error = await promise.then(
    () => expect.unreachable('the call resolved'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JuspayError);
  return error as JuspayError;
}
