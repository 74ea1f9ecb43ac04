// The errors `updateCustomer` rejects with: one class per thing a caller handles differently,
// told apart by `instanceof` or by `code`. None of them ever holds the API key or a value the
// caller sent; toJSON and util.inspect show only the fields below.
import type { ErrorResponse, FieldError } from '../generated/types.js';
import { describeThrown, firstCode } from './error-description.js';

export type JuspayErrorCode =
  | 'validation'
  | 'invalid_request'
  | 'authentication'
  | 'authorization'
  | 'api_error'
  | 'timeout'
  | 'network'
  | 'unexpected_response'
  | 'aborted';

/** One broken rule: the field (as the contract names it) and the rule, never the value. */
export interface ValidationIssue {
  /** A body field (`email_address`), a parameter (`customer_id`, `x-routing-id`), a client option (`apiKey`), or `body`. */
  field: string;
  /** The contract's keyword (`pattern`, `maxLength`, `minLength`, `type`, `additionalProperties`, `minProperties`, ...) or a client rule (`controlCharacter`, `nonAscii`, `dotSegment`, `unsendable`, ...). */
  rule: string;
  message: string;
}

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

type Inspect = (value: unknown, options?: unknown) => string;

export abstract class JuspayError extends Error {
  declare readonly code: JuspayErrorCode;

  /** What toJSON and util.inspect show besides name, code and message. */
  protected details(): Record<string, unknown> {
    return {};
  }

  toJSON(): Record<string, unknown> {
    const cause = describeThrown(this.cause);
    return { name: this.name, code: this.code, message: this.message, ...this.details(), ...(cause && { cause }) };
  }

  // The default inspection would print `cause` whole, and a cause thrown by a custom fetch
  // may hold the Request with its Authorization header.
  [inspectCustom](_depth: number, options: unknown, inspect?: Inspect): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const shown = inspect ? inspect(fields, options) : JSON.stringify(fields);
    return `${this.stack ?? `${this.name}: ${this.message}`} ${shown}`;
  }
}

/** Name and code live on the prototype, so they survive minifiers and cost nothing per error. */
function brand(errorClass: { prototype: object }, name: string, code: JuspayErrorCode): void {
  Object.defineProperty(errorClass.prototype, 'name', { value: name, writable: true, configurable: true });
  Object.defineProperty(errorClass.prototype, 'code', { value: code, writable: true, configurable: true });
}

/** The input broke the contract; nothing was sent. */
export class JuspayValidationError extends JuspayError {
  declare readonly code: 'validation';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], what = 'Update Customer input') {
    super(`${what} is invalid: ${issues.map((issue) => issue.message).join('; ')}`);
    this.issues = issues;
  }

  protected override details() {
    return { issues: this.issues };
  }
}
brand(JuspayValidationError, 'JuspayValidationError', 'validation');

export interface ApiErrorInit {
  status: number;
  body: ErrorResponse | undefined;
  retryAfterMs?: number | undefined;
  attempts: number;
}

/** Juspay answered with an error status. Subclasses name the statuses the contract documents. */
export class JuspayApiError extends JuspayError {
  declare readonly code: 'api_error' | 'invalid_request' | 'authentication' | 'authorization';
  readonly status: number;
  /** The error body when it is the documented ErrorResponse JSON, else undefined. */
  readonly body: ErrorResponse | undefined;
  readonly errorCode: string | undefined;
  readonly errorMessage: string | undefined;
  readonly userMessage: string | undefined;
  /** `error_info.fields`: which request fields the server refused, and why. */
  readonly fields: readonly FieldError[];
  readonly requestId: string | undefined;
  /** The server's Retry-After, when it sent one. */
  readonly retryAfterMs: number | undefined;
  readonly attempts: number;

  constructor({ status, body, retryAfterMs, attempts }: ApiErrorInit) {
    const fields = body?.error_info?.fields ?? [];
    const errorCode = body?.error_code ?? body?.error_info?.code;
    // The server's free-text messages stay out of `message`: they are the server's words, not
    // ours, and could echo what was sent. They are on the properties below.
    const names = fields.map((field) => field.field_name).filter(Boolean);
    super(
      `Update Customer failed with HTTP ${status}${errorCode ? ` (${errorCode})` : ''}` +
        `${names.length ? `; fields: ${names.join(', ')}` : ''}${attempts > 1 ? ` after ${attempts} attempts` : ''}`,
    );
    this.status = status;
    this.body = body;
    this.errorCode = errorCode;
    this.errorMessage = body?.error_message;
    this.userMessage = body?.user_message ?? body?.error_info?.user_message;
    this.fields = fields;
    this.requestId = body?.error_info?.request_id;
    this.retryAfterMs = retryAfterMs;
    this.attempts = attempts;
  }

  protected override details() {
    return {
      status: this.status,
      errorCode: this.errorCode,
      fields: this.fields.map((field) => field.field_name),
      requestId: this.requestId,
      attempts: this.attempts,
    };
  }
}
brand(JuspayApiError, 'JuspayApiError', 'api_error');

/** 400 or 404: the server refused the request (a field, or an unknown customer). */
export class JuspayInvalidRequestError extends JuspayApiError {
  declare readonly code: 'invalid_request';
}
brand(JuspayInvalidRequestError, 'JuspayInvalidRequestError', 'invalid_request');

/** 401: the API key is missing, malformed, unknown or inactive. */
export class JuspayAuthenticationError extends JuspayApiError {
  declare readonly code: 'authentication';
}
brand(JuspayAuthenticationError, 'JuspayAuthenticationError', 'authentication');

/** 403: the request is not allowed from where it came (for example an IP not whitelisted). */
export class JuspayAuthorizationError extends JuspayApiError {
  declare readonly code: 'authorization';
}
brand(JuspayAuthorizationError, 'JuspayAuthorizationError', 'authorization');

/** No answer within `timeoutMs` (which bounds the whole call, retries included). */
export class JuspayTimeoutError extends JuspayError {
  declare readonly code: 'timeout';
  readonly timeoutMs: number;
  readonly attempts: number;

  constructor(timeoutMs: number, attempts: number) {
    super(`Update Customer timed out after ${timeoutMs} ms (${attempts} attempt${attempts === 1 ? '' : 's'})`);
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }

  protected override details() {
    return { timeoutMs: this.timeoutMs, attempts: this.attempts };
  }
}
brand(JuspayTimeoutError, 'JuspayTimeoutError', 'timeout');

/**
 * The server could not be reached, or the connection broke before a whole answer arrived.
 * `cause` is what the fetch threw, described by name and code only (an ErrorDescription): the
 * thrown value may carry the Request, with the API key in its Authorization header and the
 * customer id in its URL, so it is not kept.
 */
export class JuspayNetworkError extends JuspayError {
  declare readonly code: 'network';
  readonly attempts: number;

  constructor(origin: string, attempts: number, thrown: unknown) {
    const cause = describeThrown(thrown);
    const reason = firstCode(cause);
    super(
      `Update Customer could not reach ${origin}${reason ? ` (${reason})` : ''} after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
      cause && { cause },
    );
    this.attempts = attempts;
  }

  protected override details() {
    return { attempts: this.attempts };
  }
}
brand(JuspayNetworkError, 'JuspayNetworkError', 'network');

/** A success status whose body is not the documented Customer JSON. */
export class JuspayUnexpectedResponseError extends JuspayError {
  declare readonly code: 'unexpected_response';
  readonly status: number;
  readonly contentType: string | null;
  /** What is wrong with the body, by path and rule (never the body's values). */
  readonly problems: readonly string[];

  constructor(status: number, contentType: string | null, problems: readonly string[], cause?: unknown) {
    super(`Update Customer got HTTP ${status} with a body that is not the documented Customer JSON: ${problems.join('; ')}`, {
      cause,
    });
    this.status = status;
    this.contentType = contentType;
    this.problems = problems;
  }

  protected override details() {
    return { status: this.status, contentType: this.contentType, problems: this.problems };
  }
}
brand(JuspayUnexpectedResponseError, 'JuspayUnexpectedResponseError', 'unexpected_response');

/** The caller's AbortSignal fired; `cause` is the signal's reason. */
export class JuspayAbortError extends JuspayError {
  declare readonly code: 'aborted';

  constructor(reason: unknown) {
    super('Update Customer was aborted by the caller', { cause: reason });
  }
}
brand(JuspayAbortError, 'JuspayAbortError', 'aborted');
