// What the client says when it refuses or fails, word for word: each option refusal's field,
// rule and message; each error's message, toJSON and inspection; how a thrown value is
// described. A caller reads these, logs them and branches on them, so a changed word is a
// changed behaviour (these tests are also what kills the wording mutants of npm run test:mutation).
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeThrown, firstCode } from '../src/error-description.js';
import {
  JuspayAbortError,
  JuspayApiError,
  JuspayNetworkError,
  JuspayTimeoutError,
  JuspayUnexpectedResponseError,
  JuspayValidationError,
} from '../src/errors.js';
import { type CustomerClientOptions, resolveOptions } from '../src/options.js';
import { maskCustomerId } from '../src/redact.js';
import { longestTimerMs } from '../src/retry.js';
import { ruleMessage, subjectOf } from '../src/rule-messages.js';
import { sendableBody, validateParameter, validateUpdateCustomerBody } from '../src/validation.js';
import { bundledSpec } from './support/bundled-schema.js';

const good = { apiKey: 'test_key', merchantId: 'merchant', baseUrl: 'http://127.0.0.1:9' };
const fields = Object.keys(bundledSpec.components.schemas.UpdateCustomerBody.properties).join(', ');

function refusal(options: unknown) {
  try {
    resolveOptions(options as CustomerClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(JuspayValidationError);
    expect((error as Error).message).toMatch(/^Customer client options are invalid: /);
    return (error as JuspayValidationError).issues;
  }
  throw new Error('the options were accepted');
}

describe('option refusals: field, rule and message', () => {
  const range = (field: string, message: string) => [{ field, rule: 'range', message }];
  const timeout = range(
    'timeoutMs',
    `timeoutMs must be a number of milliseconds from 1 to ${longestTimerMs}, or Infinity`,
  );
  const retries = range('retries', 'retries must be a whole number from 0 to 10');
  const delay = range('retryDelayMs', 'retryDelayMs must be a finite number of milliseconds, 0 or more');
  const baseUrlFormat = [
    { field: 'baseUrl', rule: 'format', message: 'baseUrl must be an absolute http: or https: URL' },
  ];
  const baseUrlParts = [
    { field: 'baseUrl', rule: 'format', message: 'baseUrl must not carry credentials, a query or a fragment' },
  ];

  it.each([
    ['no options object', null, [{ field: 'options', rule: 'type', message: 'options must be an object' }]],
    ['a string for options', 'key', [{ field: 'options', rule: 'type', message: 'options must be an object' }]],
    [
      'an empty API key',
      { ...good, apiKey: '' },
      [{ field: 'apiKey', rule: 'required', message: 'apiKey must be a non-empty string' }],
    ],
    [
      'a numeric API key',
      { ...good, apiKey: 42 },
      [{ field: 'apiKey', rule: 'required', message: 'apiKey must be a non-empty string' }],
    ],
    [
      'an API key with a colon',
      { ...good, apiKey: 'a:b' },
      [{ field: 'apiKey', rule: 'noColon', message: 'apiKey must not contain ":"' }],
    ],
    ['a zero timeout', { ...good, timeoutMs: 0 }, timeout],
    ['a timeout as text', { ...good, timeoutMs: '100' }, timeout],
    ['a timeout past the longest timer', { ...good, timeoutMs: longestTimerMs + 1 }, timeout],
    ['negative retries', { ...good, retries: -1 }, retries],
    ['eleven retries', { ...good, retries: 11 }, retries],
    ['a negative retry delay', { ...good, retryDelayMs: -1 }, delay],
    ['a retry delay as text', { ...good, retryDelayMs: '5' }, delay],
    ['an infinite retry delay', { ...good, retryDelayMs: Number.POSITIVE_INFINITY }, delay],
    [
      'an empty user agent',
      { ...good, userAgent: '' },
      [{ field: 'userAgent', rule: 'type', message: 'userAgent must be a non-empty string' }],
    ],
    [
      'a fetch that is not a function',
      { ...good, fetch: 'fetch' },
      [{ field: 'fetch', rule: 'type', message: 'fetch must be a function' }],
    ],
    [
      'a logger that is not a function',
      { ...good, logger: {} },
      [{ field: 'logger', rule: 'type', message: 'logger must be a function' }],
    ],
    [
      'both environment and baseUrl',
      { ...good, environment: 'sandbox' },
      [{ field: 'environment', rule: 'oneOf', message: 'give environment or baseUrl, not both' }],
    ],
    [
      'neither environment nor baseUrl',
      { apiKey: 'k', merchantId: 'm' },
      [
        {
          field: 'environment',
          rule: 'enum',
          message: 'environment must be one of sandbox, production (or give baseUrl)',
        },
      ],
    ],
    ['a URL object for baseUrl', { ...good, baseUrl: new URL('http://127.0.0.1:9') }, baseUrlFormat],
    ['a baseUrl that is not a URL', { ...good, baseUrl: 'not a url' }, baseUrlFormat],
    ['an ftp baseUrl', { ...good, baseUrl: 'ftp://example.com' }, baseUrlFormat],
    ['a baseUrl with a user name only', { ...good, baseUrl: 'http://user@example.com' }, baseUrlParts],
    ['a baseUrl with a password only', { ...good, baseUrl: 'http://:pw@example.com' }, baseUrlParts],
    ['a baseUrl with a query', { ...good, baseUrl: 'http://example.com/?a=1' }, baseUrlParts],
    ['a baseUrl with a fragment', { ...good, baseUrl: 'http://example.com/#top' }, baseUrlParts],
  ])('%s', (_, options, issues) => {
    expect(refusal(options)).toEqual(issues);
  });

  it('a missing merchant id is an issue of the contract’s x-merchantid rule, named merchantId', () => {
    expect(refusal({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9' })).toEqual([
      { field: 'merchantId', rule: 'type', message: 'merchantId must be a string' },
    ]);
  });

  it('accepts the edges of each range, an https baseUrl, and keeps its path without trailing slashes', () => {
    const accepted = (options: Partial<CustomerClientOptions>) => resolveOptions({ ...good, ...options });
    expect(accepted({ timeoutMs: 1 }).timeoutMs).toBe(1);
    expect(accepted({ timeoutMs: longestTimerMs }).timeoutMs).toBe(longestTimerMs);
    expect(accepted({ timeoutMs: Number.POSITIVE_INFINITY }).timeoutMs).toBe(Number.POSITIVE_INFINITY);
    expect(accepted({ retries: 0 }).retries).toBe(0);
    expect(accepted({ retries: 10 }).retries).toBe(10);
    expect(accepted({ retryDelayMs: 0 }).retryDelayMs).toBe(0);
    expect(accepted({ baseUrl: 'https://api.example.test/v1//' }).baseUrl).toBe('https://api.example.test/v1');
    expect(resolveOptions({ apiKey: 'k', merchantId: 'm', environment: 'production' }).baseUrl).toBe(
      'https://api.juspay.in',
    );
  });
});

describe('pre-send checks: messages', () => {
  it('a body that is not an object', () => {
    expect(validateUpdateCustomerBody('first_name=Jon')).toEqual({
      valid: false,
      issues: [{ field: 'body', rule: 'type', message: 'the body must be an object of fields' }],
    });
  });

  it('an unknown field lists the operation’s fields', () => {
    expect(validateUpdateCustomerBody({ nickname: 'J' })).toEqual({
      valid: false,
      issues: [
        {
          field: 'nickname',
          rule: 'additionalProperties',
          message: `nickname is not a field of this operation (unknown field); the fields are ${fields}`,
        },
      ],
    });
  });

  it('a value refused from its length alone names the limit', () => {
    const limit: number = bundledSpec.components.schemas.PersonName.maxLength;
    expect(validateUpdateCustomerBody({ first_name: 'a'.repeat(2 * limit + 1) })).toEqual({
      valid: false,
      issues: [
        { field: 'first_name', rule: 'maxLength', message: `first_name must be at most ${limit} characters long` },
      ],
    });
  });

  it('a parameter that is missing or not a string is a type issue, not a crash', () => {
    expect(validateParameter('customer_id', undefined)).toEqual({
      field: 'customer_id',
      rule: 'type',
      message: 'customer_id must be a string',
    });
    expect(validateParameter('x-routing-id', 42)).toMatchObject({ field: 'x-routing-id', rule: 'type' });
  });

  it('the body as sent leaves out undefined fields', () => {
    const body = { first_name: 'Jon', last_name: undefined };
    expect(sendableBody(body)).toStrictEqual({ first_name: 'Jon' });
    const complete = { first_name: 'Jon' };
    expect(sendableBody(complete)).toBe(complete);
  });

  it.each([
    ['object', 'x must be an object'],
    ['array', 'x must be an array'],
    ['integer', 'x must be an integer'],
    ['string', 'x must be a string'],
    ['string,null', 'x must be a string or null'],
  ])('a type rule for %s reads %j', (type, message) => {
    expect(ruleMessage('x', { keyword: 'type', params: { type } })).toBe(message);
  });

  it('a missing property inside an object is named by its dotted path', () => {
    const error = { keyword: 'required', path: 'juspay', params: { missingProperty: 'client_auth_token' } };
    expect(subjectOf(error as never, 'body')).toBe('juspay.client_auth_token');
  });
});

describe('masking a customer id', () => {
  it.each([
    ['xcst_abc', 'xc***'],
    ['cst_abc@example.com', 'cs***'],
  ])('shows a Juspay id only when the whole id is one: %j', (id, masked) => {
    expect(maskCustomerId(id)).toBe(masked);
  });
});

describe('error messages, toJSON and inspection', () => {
  const issue = (field: string, message: string) => ({ field, rule: 'pattern', message });

  it('JuspayValidationError: every issue’s message, after what was invalid', () => {
    const error = new JuspayValidationError([issue('first_name', 'first'), issue('last_name', 'second')]);
    expect(error.message).toBe('Update Customer input is invalid: first; second');
    expect(error.toJSON()).toEqual({
      name: 'JuspayValidationError',
      code: 'validation',
      message: error.message,
      issues: [issue('first_name', 'first'), issue('last_name', 'second')],
    });
  });

  it('JuspayApiError: status, error code, refused fields and attempts; the server’s texts on properties', () => {
    const error = new JuspayApiError({
      status: 400,
      body: {
        error_code: 'E1',
        user_message: 'Try again',
        error_info: {
          fields: [
            { field_name: 'email_address', reason: 'bad' },
            { field_name: 'mobile_number', reason: 'bad' },
            { reason: 'unnamed' },
          ],
        },
      } as never,
      attempts: 2,
    });
    expect(error.message).toBe(
      'Update Customer failed with HTTP 400 (E1); fields: email_address, mobile_number after 2 attempts',
    );
    expect(error.userMessage).toBe('Try again');
    expect(error.toJSON()).toEqual({
      name: 'JuspayApiError',
      code: 'api_error',
      message: error.message,
      status: 400,
      errorCode: 'E1',
      fields: ['email_address', 'mobile_number', ''],
      requestId: undefined,
      attempts: 2,
    });
    const bare = new JuspayApiError({ status: 500, body: {} as never, attempts: 1 });
    expect(bare.message).toBe('Update Customer failed with HTTP 500');
    expect(bare.errorCode).toBeUndefined();
  });

  it('JuspayTimeoutError: one attempt or several; a cause only when there was a reason', () => {
    const once = new JuspayTimeoutError(50, 1);
    expect(once.message).toBe('Update Customer timed out after 50 ms (1 attempt)');
    expect(Object.hasOwn(once, 'cause')).toBe(false);
    expect(new JuspayTimeoutError(undefined, 3, new Error('t')).message).toBe(
      'Update Customer timed out: the caller’s signal timed out (3 attempts)',
    );
  });

  it('JuspayNetworkError: the origin, the first code along the causes, and the attempts', () => {
    const refused = { name: 'TypeError', cause: { name: 'Error', code: 'ECONNREFUSED' } };
    const error = new JuspayNetworkError('http://127.0.0.1:9', 2, refused);
    expect(error.message).toBe('Update Customer could not reach http://127.0.0.1:9 (ECONNREFUSED) after 2 attempts');
    expect(error.toJSON()).toEqual({
      name: 'JuspayNetworkError',
      code: 'network',
      message: error.message,
      attempts: 2,
      cause: { name: 'TypeError', cause: { name: 'Error', code: 'ECONNREFUSED' } },
    });
    expect(new JuspayNetworkError('http://h', 1, 'text').message).toBe(
      'Update Customer could not reach http://h after 1 attempt',
    );
  });

  it.each([
    [199, 'the contract’s error JSON'],
    [200, 'the documented Customer JSON'],
    [299, 'the documented Customer JSON'],
    [300, 'the contract’s error JSON'],
  ])('JuspayUnexpectedResponseError for HTTP %i expected %s', (status, expected) => {
    const error = new JuspayUnexpectedResponseError({
      status,
      contentType: 'text/html',
      problems: ['a', 'b'],
      attempts: 1,
    });
    expect(error.message).toBe(`Update Customer got HTTP ${status}, an answer that is not ${expected}: a; b`);
  });

  it('JuspayUnexpectedResponseError: attempts in the message and what toJSON shows', () => {
    const error = new JuspayUnexpectedResponseError({ status: 502, contentType: null, problems: ['p'], attempts: 3 });
    expect(error.message).toBe(
      'Update Customer got HTTP 502, an answer that is not the contract’s error JSON: p (after 3 attempts)',
    );
    expect(error.toJSON()).toEqual({
      name: 'JuspayUnexpectedResponseError',
      code: 'unexpected_response',
      message: error.message,
      status: 502,
      contentType: null,
      problems: ['p'],
      attempts: 3,
    });
  });

  it('JuspayAbortError: its message, and its reason described by name only', () => {
    const error = new JuspayAbortError(new Error('why'));
    expect(error.message).toBe('Update Customer was aborted by the caller');
    expect(error.toJSON()).toStrictEqual({
      name: 'JuspayAbortError',
      code: 'aborted',
      message: error.message,
      cause: { name: 'Error' },
    });
  });

  it('util.inspect shows the stack (or name and message without one) and the toJSON fields', () => {
    const error = new JuspayTimeoutError(50, 1);
    const fields = "{ code: 'timeout', source: 'timeoutMs', timeoutMs: 50, attempts: 1 }";
    expect(inspect(error)).toBe(`${error.stack} ${fields}`);
    error.stack = undefined;
    expect(inspect(error)).toBe(`JuspayTimeoutError: ${error.message} ${fields}`);
  });
});

describe('describing a thrown value', () => {
  it('keeps names and codes that are identifiers, nothing else', () => {
    expect(describeThrown(null)).toBeUndefined();
    expect(describeThrown('ECONNREFUSED')).toBeUndefined();
    expect(describeThrown({ message: 'request to https://x failed' })).toBeUndefined();
    expect(describeThrown({ name: 'TypeError', code: 'ECONNRESET' })).toStrictEqual({
      name: 'TypeError',
      code: 'ECONNRESET',
    });
    expect(describeThrown({ name: 'jane@example.com', code: 'a b' })).toBeUndefined();
    expect(describeThrown({ name: 5, code: 7 })).toBeUndefined();
    expect(describeThrown({ name: 'Error' })).toStrictEqual({ name: 'Error' });
  });

  it('describes nothing of a thrown function (a fetch that throws the TypeError class itself)', () => {
    expect(describeThrown(TypeError)).toBeUndefined();
  });

  it('follows causes four levels deep, no further', () => {
    let thrown: object = { code: 'E5' };
    for (const code of ['E4', 'E3', 'E2', 'E1']) thrown = { code, cause: thrown };
    expect(describeThrown(thrown)).toStrictEqual({
      code: 'E1',
      cause: { code: 'E2', cause: { code: 'E3', cause: { code: 'E4' } } },
    });
    expect(firstCode(describeThrown({ name: 'TypeError', cause: { code: 'ECONNREFUSED' } }))).toBe('ECONNREFUSED');
  });

  it('describes nothing of a value whose properties throw when read', () => {
    const hostile = {
      get name(): string {
        throw new Error('no');
      },
    };
    expect(describeThrown(hostile)).toBeUndefined();
  });
});
