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
// Undocumented statuses (500, 502, ...) are read with the documented error schema too.
const errorSchema: Schema = Object.entries(rules.responses).find(([status]) => !status.startsWith('2'))![1];

/** The Customer in a 200 body, with its timestamps in RFC 3339; throws JuspayUnexpectedResponseError otherwise. */
export function customerFrom(response: Response, text: string | undefined): Customer {
  const contentType = response.headers.get('content-type');
  const unexpected = (problems: string[]) => new JuspayUnexpectedResponseError(response.status, contentType, problems);
  if (!text) throw unexpected(['the body is empty']);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The parser's message quotes the body, which may hold personal data: it is left out.
    throw unexpected([`the body is not valid JSON (${text.length} characters)`]);
  }
  const errors = ruleErrors(customerSchema, body);
  if (errors.length) throw unexpected(errors.map((error) => ruleMessage(subjectOf(error, 'the body'), error)));
  const customer = body as Customer;
  const problems: string[] = [];
  const fix = (holder: Record<string, unknown> | undefined, field: string, where: string) => {
    const value = holder?.[field];
    if (typeof value !== 'string') return;
    const normalized = normalizeTimestamp(value);
    if (normalized === undefined) problems.push(`${where} is not a timestamp`);
    else holder![field] = normalized;
  };
  fix(customer, 'date_created', 'date_created');
  fix(customer, 'last_updated', 'last_updated');
  fix(customer.juspay, 'client_auth_token_expiry', 'juspay.client_auth_token_expiry');
  if (problems.length) throw unexpected(problems);
  return customer;
}

/** The error for a status other than 2xx, by the status the contract documents it under. */
export function errorFrom(response: Response, parsed: unknown, attempts: number): JuspayApiError {
  const status = response.status;
  const body = parsed !== null && typeof parsed === 'object' && ruleErrors(errorSchema, parsed).length === 0 ? (parsed as ErrorResponse) : undefined;
  const init = { status, body, retryAfterMs: retryAfterMs(response.headers.get('retry-after')), attempts };
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

export function unexpectedSuccess(response: Response): JuspayUnexpectedResponseError {
  return new JuspayUnexpectedResponseError(response.status, response.headers.get('content-type'), [
    `HTTP ${response.status} is not the documented success status 200`,
  ]);
}
