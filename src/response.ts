// From an HTTP answer to what updateCustomer resolves or rejects with. Bodies are judged by the
// contract's response schemas; the client adds only the timestamp tolerance.
import { rules, type Schema } from '../generated/update-customer-validators.js';
import type { Customer, ErrorResponse } from '../generated/types.js';
import {
  JuspayApiError,
  JuspayAuthenticationError,
  JuspayAuthorizationError,
  JuspayInvalidRequestError,
  JuspayUnexpectedResponseError,
} from './errors.js';
import { retryAfterMs } from './retry.js';
import { ruleMessage, subjectOf } from './rule-messages.js';
import { ruleErrors } from './schema-check.js';
import { normalizeTimestamp } from './timestamps.js';

const customerSchema: Schema = rules.responses['200']!;
// Every error status shares one schema; an undocumented status is read with it too.
const errorSchema: Schema = Object.entries(rules.responses).find(([status]) => !status.startsWith('2'))![1];

/** The Customer in a 200 body, with its timestamps in RFC 3339; throws JuspayUnexpectedResponseError otherwise. */
export function customerFrom(response: Response, text: string | undefined, attempts: number): Customer {
  if (!text) throw unexpectedCustomer(response, attempts, ['the body is empty']);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The parser's message quotes the body, which may hold personal data: it is left out.
    throw unexpectedCustomer(response, attempts, [`the body is not valid JSON (${text.length} characters)`]);
  }
  const errors = ruleErrors(customerSchema, body);
  if (errors.length)
    throw unexpectedCustomer(
      response,
      attempts,
      errors.map((error) => ruleMessage(subjectOf(error, 'the body'), error)),
    );
  const customer = body as Customer;
  const problems: string[] = [];
  normalizeField(customer, 'date_created', 'date_created', problems);
  normalizeField(customer, 'last_updated', 'last_updated', problems);
  normalizeField(customer.juspay, 'client_auth_token_expiry', 'juspay.client_auth_token_expiry', problems);
  if (problems.length) throw unexpectedCustomer(response, attempts, problems);
  return customer;
}

function unexpectedCustomer(response: Response, attempts: number, problems: string[]): JuspayUnexpectedResponseError {
  return new JuspayUnexpectedResponseError({
    status: response.status,
    contentType: response.headers.get('content-type'),
    problems,
    attempts,
  });
}

/** Puts a timestamp field in RFC 3339, or notes that it is not a timestamp. */
function normalizeField(holder: object | null | undefined, field: string, where: string, problems: string[]): void {
  const record = holder as Record<string, unknown> | null | undefined;
  const value = record?.[field];
  if (typeof value !== 'string') return;
  const normalized = normalizeTimestamp(value);
  if (normalized === undefined) problems.push(`${where} is not a timestamp`);
  else if (normalized !== value) record![field] = normalized;
}

/**
 * The error for a status other than 2xx: by the status the contract documents it under when the
 * body is the contract's error JSON and names an error code (`error_code` or `error_info.code`);
 * otherwise the answer came from something that does not speak the contract (a proxy, a wrong
 * path), and it is a JuspayUnexpectedResponseError that says so.
 */
export function errorFrom(
  response: Response,
  parsed: unknown,
  attempts: number,
): JuspayApiError | JuspayUnexpectedResponseError {
  const status = response.status;
  const retryAfter = retryAfterMs(response.headers.get('retry-after'));
  const problems = errorBodyProblems(status, parsed);
  if (problems.length) {
    const contentType = response.headers.get('content-type');
    return new JuspayUnexpectedResponseError({ status, contentType, problems, attempts, retryAfterMs: retryAfter });
  }
  const init = { status, body: parsed as ErrorResponse, retryAfterMs: retryAfter, attempts };
  switch (status) {
    case 400:
    case 404:
      return new JuspayInvalidRequestError(init);
    case 401:
      return new JuspayAuthenticationError(init);
    case 403:
      return new JuspayAuthorizationError(init);
    default:
      return new JuspayApiError(init);
  }
}

/**
 * Why an error answer is not the contract's: openapi-fetch hands over the body parsed as JSON
 * when it is JSON, its text otherwise, and undefined when it is empty.
 */
function errorBodyProblems(status: number, parsed: unknown): string[] {
  if (status >= 300 && status < 400)
    return [`HTTP ${status} is a redirect, which the client does not follow (it would resend the API key)`];
  if (parsed === undefined || parsed === '') return ['the body is empty'];
  if (typeof parsed === 'string') return [`the body is not JSON (${parsed.length} characters)`];
  const errors = ruleErrors(errorSchema, parsed);
  if (errors.length) return errors.map((error) => ruleMessage(subjectOf(error, 'the body'), error));
  const body = parsed as ErrorResponse;
  if (body.error_code === undefined && body.error_info?.code === undefined)
    return ['the body names no error code (error_code or error_info.code)'];
  return [];
}

export function unexpectedSuccess(response: Response, attempts: number): JuspayUnexpectedResponseError {
  return new JuspayUnexpectedResponseError({
    status: response.status,
    contentType: response.headers.get('content-type'),
    problems: [`HTTP ${response.status} is not the documented success status 200`],
    attempts,
  });
}
