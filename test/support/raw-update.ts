// Raw Update Customer requests for contract tests that go around the client on purpose: a
// valid request built from the document's own examples, which a test then breaks one way.
import { isFault, sendRaw } from '../../scripts/lib/raw-request.mjs';
import { exampleValue, resolveRef, updateCustomerOperation } from '../../scripts/lib/spec.mjs';
import { bundledSpec } from './bundled-schema.js';

const operation = updateCustomerOperation(bundledSpec);
const parameter = (name: string) => bundledSpec.components.parameters[name];

export const exampleCustomerId: string = parameter('customer_id').examples.juspay_id.value;
export const exampleMerchantId: string = parameter('x-merchantid').example;
export const basicAuth = (apiKey: string) => `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;

export const form = 'application/x-www-form-urlencoded';
export const json = 'application/json';

export interface RawUpdate {
  /** Header overrides; `undefined` removes the header. */
  headers?: Record<string, string | undefined>;
  /** A string is sent as is; an object is encoded for the content type. */
  body?: string | Record<string, string>;
  customerId?: string;
}

export async function sendRawUpdate(
  baseUrl: string,
  { headers = {}, body = { first_name: 'Jon' }, customerId = exampleCustomerId }: RawUpdate = {},
) {
  const merged: Record<string, string | undefined> = {
    authorization: basicAuth('test_api_key'),
    'x-merchantid': exampleMerchantId,
    'content-type': form,
    ...headers,
  };
  const sent = Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined));
  const encoded =
    typeof body === 'string'
      ? body
      : sent['content-type'] === json
        ? JSON.stringify(body)
        : new URLSearchParams(body).toString();
  const outcome = await sendRaw({
    url: `${baseUrl}/customers/${encodeURIComponent(customerId)}`,
    headers: sent,
    body: encoded,
  });
  if (isFault(outcome)) throw new Error(`no answer from ${baseUrl}: ${outcome.detail}`);
  const header = outcome.headers['sl-violations'];
  return {
    status: outcome.status,
    body: outcome.text ? JSON.parse(outcome.text) : undefined,
    violations: parseViolations(typeof header === 'string' ? header : null),
  };
}

export interface Violation {
  location: string[];
  code: string | number;
  message: string;
  severity: string;
}

export function parseViolations(header: string | null): Violation[] {
  return header ? JSON.parse(header) : [];
}

/** A named example of a response status; by default the first, which Prism serves unasked. */
export function responseExample(status: number, name?: string) {
  const response = resolveRef(bundledSpec, operation.responses[String(status)]);
  const examples = response.content['application/json'].examples;
  return exampleValue(bundledSpec, examples, name ?? Object.keys(examples)[0]!);
}

/** The document's named request examples, per media type. */
export function requestExamples(mediaType: string): Array<{ name: string; value: Record<string, string> }> {
  const examples = operation.requestBody.content[mediaType].examples;
  return Object.keys(examples).map((name) => ({ name, value: exampleValue(bundledSpec, examples, name) }));
}
