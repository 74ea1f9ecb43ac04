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

/**
 * One refused field, the same shape on both sides: from the client's own check (`reason` is its
 * message) and from the server's `error_info.fields` (`reason` is the server's text).
 */
export interface FieldProblem {
  /** The field as the contract names it (`email_address`), or a parameter, option or `body`. */
  field: string;
  reason: string;
}

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

/** What every error of the client shares; `JuspayError` below is how callers name it. */
export abstract class JuspayErrorBase extends Error {
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
export class JuspayValidationError extends JuspayErrorBase {
  declare readonly code: 'validation';
  readonly issues: readonly ValidationIssue[];
  /** The issues as `{ field, reason }`, the shape API errors use too. */
  readonly fieldErrors: readonly FieldProblem[];

  /** `what` opens the message: `Update Customer input is invalid`, `Customer client options are invalid`. */
  constructor(issues: readonly ValidationIssue[], what = 'Update Customer input is invalid') {
    super(`${what}: ${issues.map((issue) => issue.message).join('; ')}`);
    this.issues = issues;
    this.fieldErrors = issues.map(({ field, message }) => ({ field, reason: message }));
  }

  protected override details() {
    return { issues: this.issues };
  }
}
brand(JuspayValidationError, 'JuspayValidationError', 'validation');

export interface ApiErrorInit {
  status: number;
  body: ErrorResponse;
  retryAfterMs?: number | undefined;
  attempts: number;
}

/** Juspay answered with an error status and the contract's error body. Subclasses name the statuses the contract documents. */
export class JuspayApiError extends JuspayErrorBase {
  declare readonly code: 'api_error' | 'invalid_request' | 'authentication' | 'authorization';
  readonly status: number;
  /** The documented ErrorResponse JSON, as the server sent it. */
  readonly body: ErrorResponse;
  readonly errorCode: string | undefined;
  readonly errorMessage: string | undefined;
  readonly userMessage: string | undefined;
  /** `error_info.fields` as `{ field, reason }`: which request fields the server refused, and why. */
  readonly fieldErrors: readonly FieldProblem[];
  readonly requestId: string | undefined;
  /** The server's Retry-After, when it sent one. */
  readonly retryAfterMs: number | undefined;
  readonly attempts: number;

  constructor({ status, body, retryAfterMs, attempts }: ApiErrorInit) {
    const fieldErrors = fieldProblems(body.error_info?.fields);
    const errorCode = body.error_code ?? body.error_info?.code;
    // The server's free-text messages stay out of `message`: they are the server's words, not
    // ours, and could echo what was sent. They are on the properties below.
    const names = fieldErrors.map((problem) => problem.field).filter(Boolean);
    super(
      `Update Customer failed with HTTP ${status}${errorCode ? ` (${errorCode})` : ''}` +
        `${names.length ? `; fields: ${names.join(', ')}` : ''}${attempts > 1 ? ` after ${attempts} attempts` : ''}`,
    );
    this.status = status;
    this.body = body;
    this.errorCode = errorCode;
    this.errorMessage = body.error_message;
    this.userMessage = body.user_message ?? body.error_info?.user_message;
    this.fieldErrors = fieldErrors;
    this.requestId = body.error_info?.request_id;
    this.retryAfterMs = retryAfterMs;
    this.attempts = attempts;
  }

  protected override details() {
    return {
      status: this.status,
      errorCode: this.errorCode,
      fields: this.fieldErrors.map((problem) => problem.field),
      requestId: this.requestId,
      attempts: this.attempts,
    };
  }
}
brand(JuspayApiError, 'JuspayApiError', 'api_error');

/** The server's `{ field_name, reason }` entries as `{ field, reason }` (a missing part reads as empty). */
function fieldProblems(fields: readonly FieldError[] | undefined): FieldProblem[] {
  return (fields ?? []).map((entry) => ({ field: entry.field_name ?? '', reason: entry.reason ?? '' }));
}

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

/**
 * No answer in time: the client's `timeoutMs` passed (it bounds the whole call, retries
 * included), or the caller's signal aborted with a `TimeoutError` reason, as
 * `AbortSignal.timeout(ms)` does (`source: 'signal'`, `timeoutMs` undefined, `cause` the reason).
 */
export class JuspayTimeoutError extends JuspayErrorBase {
  declare readonly code: 'timeout';
  readonly source: 'timeoutMs' | 'signal';
  /** The client's `timeoutMs`; undefined when the caller's signal timed out. */
  readonly timeoutMs: number | undefined;
  readonly attempts: number;

  constructor(timeoutMs: number | undefined, attempts: number, reason?: unknown) {
    const after = timeoutMs === undefined ? ': the caller’s signal timed out' : ` after ${timeoutMs} ms`;
    super(
      `Update Customer timed out${after} (${attempts} attempt${attempts === 1 ? '' : 's'})`,
      reason === undefined ? undefined : { cause: reason },
    );
    this.source = timeoutMs === undefined ? 'signal' : 'timeoutMs';
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }

  protected override details() {
    return { source: this.source, timeoutMs: this.timeoutMs, attempts: this.attempts };
  }
}
brand(JuspayTimeoutError, 'JuspayTimeoutError', 'timeout');

/**
 * The server could not be reached, or the connection broke before a whole answer arrived.
 * `cause` is what the fetch threw, described by name and code only (an ErrorDescription): the
 * thrown value may carry the Request, with the API key in its Authorization header and the
 * customer id in its URL, so it is not kept.
 */
export class JuspayNetworkError extends JuspayErrorBase {
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

export interface UnexpectedResponseInit {
  status: number;
  contentType: string | null;
  /** What is wrong, by path and rule (never the body's values). */
  problems: readonly string[];
  attempts: number;
  retryAfterMs?: number | undefined;
}

/**
 * An answer the contract does not describe: a 200 whose body is not the Customer JSON, another
 * success status, a redirect (never followed), or an error status whose body is not the
 * contract's error JSON naming an error code, such as a proxy's HTML 502 or the 404 of a
 * `baseUrl` with a wrong path. Such a 404 says nothing about the customer.
 */
export class JuspayUnexpectedResponseError extends JuspayErrorBase {
  declare readonly code: 'unexpected_response';
  readonly status: number;
  readonly contentType: string | null;
  /** What is wrong with the answer, by path and rule (never the body's values). */
  readonly problems: readonly string[];
  readonly attempts: number;
  /** The server's Retry-After, when it sent one. */
  readonly retryAfterMs: number | undefined;

  constructor({ status, contentType, problems, attempts, retryAfterMs }: UnexpectedResponseInit) {
    const expected = status >= 200 && status < 300 ? 'the documented Customer JSON' : 'the contract’s error JSON';
    super(
      `Update Customer got HTTP ${status}, an answer that is not ${expected}: ${problems.join('; ')}` +
        `${attempts > 1 ? ` (after ${attempts} attempts)` : ''}`,
    );
    this.status = status;
    this.contentType = contentType;
    this.problems = problems;
    this.attempts = attempts;
    this.retryAfterMs = retryAfterMs;
  }

  protected override details() {
    return { status: this.status, contentType: this.contentType, problems: this.problems, attempts: this.attempts };
  }
}
brand(JuspayUnexpectedResponseError, 'JuspayUnexpectedResponseError', 'unexpected_response');

/** The caller's AbortSignal fired with a reason other than a timeout; `cause` is the signal's reason. */
export class JuspayAbortError extends JuspayErrorBase {
  declare readonly code: 'aborted';

  constructor(reason: unknown) {
    super('Update Customer was aborted by the caller', { cause: reason });
  }
}
brand(JuspayAbortError, 'JuspayAbortError', 'aborted');

/**
 * Every error the client rejects or throws with, as a union discriminated by `code`: after
 * `error instanceof JuspayError`, `switch (error.code)` narrows to the class.
 */
export type JuspayError =
  | JuspayValidationError
  | JuspayInvalidRequestError
  | JuspayAuthenticationError
  | JuspayAuthorizationError
  | (JuspayApiError & { readonly code: 'api_error' })
  | JuspayTimeoutError
  | JuspayNetworkError
  | JuspayUnexpectedResponseError
  | JuspayAbortError;

/** The base class at run time, typed so that `instanceof` narrows to the union above. */
export const JuspayError = JuspayErrorBase as unknown as {
  readonly prototype: JuspayError;
  [Symbol.hasInstance](value: unknown): value is JuspayError;
};
