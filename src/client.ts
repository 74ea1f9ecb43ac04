// createCustomerClient: one typed call, updateCustomer, on top of openapi-fetch and the types
// generated from the contract. Everything per client (headers, the openapi-fetch client) is
// built once; a call checks its input, sends, retries when that is safe, and settles.
import createClient from 'openapi-fetch';
import { packageName, packageVersion } from '../generated/client-package.js';
import type { Customer, paths, UpdateCustomerBody } from '../generated/types.js';
import { CallScopes, type Scope } from './call-scope.js';
import {
  JuspayAbortError,
  type JuspayError,
  JuspayErrorBase,
  JuspayNetworkError,
  JuspayTimeoutError,
  JuspayValidationError,
  type ValidationIssue,
} from './errors.js';
import { describeThrown } from './error-description.js';
import type { CustomerClientEvent } from './events.js';
import { formEncode } from './form.js';
import { resolveOptions, type CustomerClientOptions } from './options.js';
import { maskBody, maskCustomerId } from './redact.js';
import { customerFrom, errorFrom, unexpectedSuccess } from './response.js';
import { canWait, retryDelayMs as delayAfter, shouldRetry, sleep, type AttemptOutcome } from './retry.js';
import { transportFor } from './transport.js';
import { sendableBody, validateParameter, validateUpdateCustomerBody } from './validation.js';

export interface UpdateCustomerOptions {
  /** Sent as `x-routing-id`; defaults to the customer id. Keep it the same for every call about one customer. */
  routingId?: string;
  /**
   * Cancels the call (and its retries). It then rejects with JuspayTimeoutError when the signal's
   * reason is a `TimeoutError` (as with `AbortSignal.timeout(ms)`), else with JuspayAbortError.
   */
  signal?: AbortSignal;
}

export interface CustomerClient {
  /**
   * Updates a customer and resolves to the whole Customer as it is after the change. Rejects with
   * a JuspayError: JuspayValidationError before anything is sent, JuspayInvalidRequestError
   * (400, 404), JuspayAuthenticationError (401), JuspayAuthorizationError (403), JuspayApiError
   * (another status), each with the contract's error body; JuspayUnexpectedResponseError (an
   * answer the contract does not describe), JuspayTimeoutError, JuspayNetworkError or
   * JuspayAbortError.
   */
  updateCustomer(customerId: string, body: UpdateCustomerBody, options?: UpdateCustomerOptions): Promise<Customer>;
  /** The client's settings, without the API key. */
  toJSON(): CustomerClientDescription;
}

export interface CustomerClientDescription {
  baseUrl: string;
  merchantId: string;
  timeoutMs: number;
  retries: number;
  userAgent: string;
}

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

export const clientUserAgent = `${packageName}/${packageVersion}`;

export function createCustomerClient(options: CustomerClientOptions): CustomerClient {
  const { apiKey, merchantId, baseUrl, timeoutMs, retries, retryDelayMs, fetch, userAgent, logger } =
    resolveOptions(options);
  const emit = logger ? safely(logger) : undefined;
  const origin = new URL(baseUrl).origin;
  const description: CustomerClientDescription = Object.freeze({
    baseUrl,
    merchantId,
    timeoutMs,
    retries,
    userAgent: userAgent ? `${userAgent} ${clientUserAgent}` : clientUserAgent,
  });

  // The key lives only inside this header, inside the transport's closure.
  const transport = transportFor(
    fetch,
    {
      Authorization: `Basic ${base64(`${apiKey}:`)}`,
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
      'User-Agent': description.userAgent,
    },
    merchantId,
  );
  const api = createClient<paths>({
    baseUrl,
    ...transport.clientOptions,
    bodySerializer: formEncode,
    // The operation has no query parameters; a function here spares building a serializer per call.
    querySerializer: () => '',
    // Its one path parameter, encoded as openapi-fetch's default does (encodeURIComponent), without
    // scanning the path for parameters on every call.
    pathSerializer: fillCustomerId,
    // A redirect would resend the key elsewhere; it is reported as the answer it is.
    redirect: 'manual',
  });

  const scopes = new CallScopes(timeoutMs, transport.heedsSignal);
  const fail = (error: JuspayError): never => {
    emit?.({ type: 'failure', code: error.code, message: error.message });
    throw error;
  };
  const customerOrFail = (response: Response, text: string | undefined, attempt: number): Customer => {
    try {
      return customerFrom(response, text, attempt);
    } catch (error) {
      return fail(error as JuspayError);
    }
  };

  async function updateCustomer(
    customerId: string,
    body: UpdateCustomerBody,
    callOptions?: UpdateCustomerOptions,
  ): Promise<Customer> {
    const routingId = callOptions?.routingId ?? customerId;
    const signal = callOptions?.signal;
    const issues = callIssues(customerId, body, routingId, callOptions?.routingId !== undefined, signal);
    if (issues.length) return fail(new JuspayValidationError(issues));
    if (signal?.aborted) return fail(callerAbort(signal.reason, 0));

    const fields = sendableBody(body);
    const scope = scopes.open(signal);
    try {
      for (let attempt = 1; ; attempt++) {
        emit?.({ type: 'request', attempt, customerId: maskCustomerId(customerId), fields: maskBody(fields) });
        const started = emit ? performance.now() : 0;
        let failure: JuspayError;
        let outcome: AttemptOutcome;
        // Set when openapi-fetch hands the request to fetch: a throw before that is a request
        // that could not be built, which no server has seen.
        let sent = false;
        try {
          const sending = api.POST('/customers/{customer_id}', {
            params: {
              path: { customer_id: customerId },
              // The global fetch's transport adds both headers itself (src/transport.ts), so
              // openapi-fetch is given them only for a caller's fetch.
              header: (transport.needsHeaderParameters
                ? { 'x-merchantid': merchantId, 'x-routing-id': routingId }
                : undefined) as { 'x-merchantid': string; 'x-routing-id': string },
            },
            body: fields,
            parseAs: 'text',
            signal: scope.signal,
            fetch: (request: Request) => {
              sent = true;
              return transport.send(request, routingId);
            },
          });
          const { data, error, response } = await (transport.heedsSignal ? sending : scope.race(sending));
          emit?.({
            type: 'response',
            attempt,
            status: response.status,
            durationMs: Math.round(performance.now() - started),
          });
          if (response.status === 200) return customerOrFail(response, data, attempt);
          if (response.ok) return fail(unexpectedSuccess(response, attempt));
          const answer = errorFrom(response, error, attempt);
          failure = answer;
          outcome = { kind: 'status', status: response.status, retryAfterMs: answer.retryAfterMs };
        } catch (thrown) {
          if (thrown instanceof JuspayErrorBase) throw thrown;
          if (!sent) return fail(unsendable(thrown));
          if (scope.timedOut || scope.abortedByCaller) return fail(interruption(scope, timeoutMs, signal, attempt));
          failure = new JuspayNetworkError(origin, attempt, thrown);
          outcome = { kind: 'connectionFailure' };
        }
        if (!shouldRetry(outcome, attempt, retries)) return fail(failure);
        const waitMs = delayAfter(outcome, attempt, retryDelayMs);
        // Give up now rather than wait past the call's own deadline, or longer than a timer can.
        if (!canWait(waitMs, scope.remainingMs())) return fail(failure);
        emit?.({ type: 'retry', attempt, delayMs: waitMs, reason: failure.message });
        try {
          await sleep(waitMs, scope.signal);
        } catch {
          return fail(interruption(scope, timeoutMs, signal, attempt));
        }
      }
    } finally {
      scope.dispose();
    }
  }

  const client = {
    updateCustomer,
    toJSON: () => description,
    [inspectCustom]: (
      _depth: number,
      inspectOptions: unknown,
      inspect?: (value: unknown, options: unknown) => string,
    ) => `CustomerClient ${inspect ? inspect(description, inspectOptions) : JSON.stringify(description)}`,
  };
  return Object.freeze(client);
}

function callIssues(
  customerId: unknown,
  body: unknown,
  routingId: unknown,
  routingIdGiven: boolean,
  signal: unknown,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const idIssue = validateParameter('customer_id', customerId);
  if (idIssue) issues.push(idIssue);
  else if (customerId === '.' || customerId === '..') {
    // URLs treat these (even percent-encoded) as path steps, so no request can address them.
    issues.push({
      field: 'customer_id',
      rule: 'dotSegment',
      message: 'customer_id cannot be "." or ".." (a URL resolves them as path steps)',
    });
  }
  // A routing id that defaulted to a bad customer id would only repeat the customer_id issue.
  if (routingIdGiven || !idIssue) {
    const routingIssue = validateParameter('x-routing-id', routingId);
    if (routingIssue) issues.push(routingIssue);
  }
  const result = validateUpdateCustomerBody(body);
  if (!result.valid) issues.push(...result.issues);
  if (signal !== undefined && !isAbortSignal(signal)) {
    issues.push({ field: 'signal', rule: 'type', message: 'signal must be an AbortSignal' });
  }
  return issues;
}

/** Why a call stopped early: its own timeout, or the caller's signal. */
function interruption(
  scope: Scope,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  attempt: number,
): JuspayTimeoutError | JuspayAbortError {
  return scope.timedOut ? new JuspayTimeoutError(timeoutMs, attempt) : callerAbort(signal?.reason, attempt);
}

/** The operation's path with its one parameter filled in (openapi-fetch's `pathSerializer`). */
export function fillCustomerId(pathname: string, pathParams: Record<string, unknown>): string {
  return pathname.replace('{customer_id}', encodeURIComponent(pathParams.customer_id as string));
}

/** What a caller's abort is: a timeout when its reason says so (`AbortSignal.timeout`), else an abort. */
function callerAbort(reason: unknown, attempts: number): JuspayTimeoutError | JuspayAbortError {
  return isTimeoutReason(reason) ? new JuspayTimeoutError(undefined, attempts, reason) : new JuspayAbortError(reason);
}

function isTimeoutReason(reason: unknown): boolean {
  try {
    return typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'TimeoutError';
  } catch {
    // A reason whose name getter throws is no timeout we can recognise.
    return false;
  }
}

function unsendable(thrown: unknown): JuspayValidationError {
  const what = describeThrown(thrown)?.name ?? 'an error';
  return new JuspayValidationError([
    {
      field: 'request',
      rule: 'unsendable',
      message: `the request could not be built from the input (${what}); nothing was sent`,
    },
  ]);
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === 'object' &&
    value !== null &&
    'aborted' in value &&
    typeof (value as AbortSignal).addEventListener === 'function'
  );
}

/** A logger that throws must not break the call it reports on. */
function safely(logger: (event: CustomerClientEvent) => void) {
  return (event: CustomerClientEvent) => {
    try {
      logger(event);
    } catch {
      // Logging is best effort.
    }
  };
}

/** RFC 7617 credentials are UTF-8; btoa takes one byte per character. */
function base64(text: string): string {
  let bytes = '';
  for (const byte of new TextEncoder().encode(text)) bytes += String.fromCharCode(byte);
  return btoa(bytes);
}
