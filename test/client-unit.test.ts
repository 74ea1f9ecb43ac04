// The client with an injected fetch: what it puts in each request, what it refuses to send,
// how it reads answers, and when it retries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import {
  createCustomerClient,
  environments,
  JuspayAbortError,
  JuspayApiError,
  JuspayAuthenticationError,
  JuspayAuthorizationError,
  type JuspayError,
  JuspayInvalidRequestError,
  JuspayNetworkError,
  JuspayTimeoutError,
  JuspayUnexpectedResponseError,
  JuspayValidationError,
  parseTimestamp,
  validateUpdateCustomerBody,
  type CustomerClientEvent,
  type CustomerClientOptions,
} from '../src/index.js';
import { formEncode } from '../src/form.js';
import { backoffMs, retryAfterMs } from '../src/retry.js';
import { bundledSpec } from './support/bundled-schema.js';
import {
  clientWith,
  customerResponse,
  errorExample,
  errorResponse,
  exampleCustomer,
  exampleCustomerId,
  exampleMerchantId,
  jsonResponse,
  rejection,
  scriptedFetch,
} from './support/client-fakes.js';

const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Whether a promise has settled by now (after pending callbacks have run). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('what a request carries', () => {
  it('sends Basic base64("<key>:"), x-merchantid, x-routing-id = customer id, and a User-Agent naming the package', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    await clientWith(fetch, { apiKey: 'k3y_live' }).updateCustomer(exampleCustomerId, { first_name: 'Jon' });
    const [request] = sent;
    expect(request!.method).toBe('POST');
    expect(request!.headers.authorization).toBe(`Basic ${Buffer.from('k3y_live:').toString('base64')}`);
    expect(Buffer.from(request!.headers.authorization!.slice(6), 'base64').toString()).toBe('k3y_live:');
    expect(request!.headers['x-merchantid']).toBe(exampleMerchantId);
    expect(request!.headers['x-routing-id']).toBe(exampleCustomerId);
    expect(request!.headers['user-agent']).toBe(`${packageJson.name}/${packageJson.version}`);
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request!.headers.accept).toBe('application/json');
  });

  it('sends the given routingId, and puts the caller’s userAgent before its own', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    await clientWith(fetch, { userAgent: 'shop/2.1' }).updateCustomer(
      exampleCustomerId,
      { first_name: 'Jon' },
      { routingId: 'cart_77' },
    );
    expect(sent[0]!.headers['x-routing-id']).toBe('cart_77');
    expect(sent[0]!.headers['user-agent']).toBe(`shop/2.1 ${packageJson.name}/${packageJson.version}`);
  });

  it("form-encodes the body, dropping undefined fields and percent-encoding + & = % '", async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    const email = "a+b&c=d%e'f@x.com";
    await clientWith(fetch).updateCustomer(exampleCustomerId, {
      email_address: email,
      first_name: undefined,
      mobile_number: '+919912346789',
    });
    expect(sent[0]!.body).toBe('email_address=a%2Bb%26c%3Dd%25e%27f%40x.com&mobile_number=%2B919912346789');
    expect(Object.fromEntries(new URLSearchParams(sent[0]!.body))).toEqual({
      email_address: email,
      mobile_number: '+919912346789',
    });
  });

  it.each(['Zoë', '名字', 'emoji 😀', "+ & = % '", "a+b&c=d%e'f@x.com", 'a b', '%2B'])(
    'formEncode keeps %j intact through URLSearchParams parsing',
    (value) => {
      const encoded = formEncode({ first_name: value, last_name: 'Snow' });
      // Nothing but letters, digits, `*-._`, `+` (a space) and percent-escapes is left bare.
      expect(encoded).toMatch(/^[A-Za-z0-9*\-._+%=&]*$/);
      expect([...new URLSearchParams(encoded)]).toEqual([
        ['first_name', value],
        ['last_name', 'Snow'],
      ]);
    },
  );

  it('percent-encodes the customer id so it keeps the route', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    await clientWith(fetch).updateCustomer('a/b?c#d%e', { first_name: 'Jon' });
    expect(new URL(sent[0]!.url).pathname).toBe('/customers/a%2Fb%3Fc%23d%25e');
    expect(new URL(sent[0]!.url).search).toBe('');
    expect(sent[0]!.headers['x-routing-id']).toBe('a/b?c#d%e');
  });

  it('talks to the environment’s server', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    await createCustomerClient({ apiKey: 'k', merchantId: 'm', environment: 'sandbox', fetch }).updateCustomer(
      'cst_1',
      { first_name: 'Jon' },
    );
    expect(sent[0]!.url).toBe(`${environments.sandbox}/customers/cst_1`);
  });

  it('names the same servers as the document', () => {
    expect(Object.values(environments)).toEqual(bundledSpec.servers.map((server: { url: string }) => server.url));
  });
});

describe('what it refuses to send', () => {
  it.each([
    [
      'a CR/LF in the routing id',
      exampleCustomerId,
      { first_name: 'Jon' },
      { routingId: 'r\r\nx-evil: 1' },
      'x-routing-id',
      'controlCharacter',
    ],
    [
      'a tab in the routing id',
      exampleCustomerId,
      { first_name: 'Jon' },
      { routingId: 'a\tb' },
      'x-routing-id',
      'controlCharacter',
    ],
    [
      'a C1 control (NEL) in the routing id',
      exampleCustomerId,
      { first_name: 'Jon' },
      { routingId: 'a\u0085b' },
      'x-routing-id',
      'controlCharacter',
    ],
    [
      'a non-ASCII routing id',
      exampleCustomerId,
      { first_name: 'Jon' },
      { routingId: 'cart_€' },
      'x-routing-id',
      'nonAscii',
    ],
    ['a control character in the customer id', 'cst_\u0000', { first_name: 'Jon' }, {}, 'customer_id', 'pattern'],
    ['an empty customer id', '', { first_name: 'Jon' }, {}, 'customer_id', 'minLength'],
    ['a customer id of ..', '..', { first_name: 'Jon' }, {}, 'customer_id', 'dotSegment'],
    ['an invalid body', exampleCustomerId, { first_name: 'Jon Snow' }, {}, 'first_name', 'pattern'],
    ['an empty body', exampleCustomerId, {}, {}, 'body', 'minProperties'],
    ['a non-string from untyped code', exampleCustomerId, { mobile_number: 9988776644 }, {}, 'mobile_number', 'type'],
    [
      'an unknown field',
      exampleCustomerId,
      { first_name: 'Jon', nickname: 'J' },
      {},
      'nickname',
      'additionalProperties',
    ],
  ])('%s: JuspayValidationError, nothing sent', async (_, customerId, body, options, field, rule) => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    const error = await rejection(clientWith(fetch).updateCustomer(customerId, body as any, options));
    expect(error).toBeInstanceOf(JuspayValidationError);
    expect(error.code).toBe('validation');
    expect((error as JuspayValidationError).issues).toContainEqual({
      field,
      rule,
      message: expect.stringContaining(field),
    });
    expect(sent).toEqual([]);
  });

  it.each([
    ['an API key with a newline', { apiKey: 'key\n' }, 'apiKey'],
    ['an API key with a colon', { apiKey: 'ke:y' }, 'apiKey'],
    ['an empty API key', { apiKey: '' }, 'apiKey'],
    ['a merchant id with CR', { merchantId: 'm\r' }, 'merchantId'],
    ['a user agent with LF', { userAgent: 'shop\n' }, 'userAgent'],
    ['a user agent with a euro sign', { userAgent: 'shop€' }, 'userAgent'],
    ['a user agent with a C1 control', { userAgent: 'shop\u0085' }, 'userAgent'],
    ['a merchant id with a C1 control', { merchantId: 'm\u0085' }, 'merchantId'],
    ['both environment and baseUrl', { environment: 'sandbox' as const }, 'environment'],
    ['an unknown environment', { environment: 'staging' as any, baseUrl: undefined }, 'environment'],
    ['a baseUrl with credentials', { baseUrl: 'https://user:pw@example.com' }, 'baseUrl'],
    ['a baseUrl that is not http', { baseUrl: 'file:///etc' }, 'baseUrl'],
    ['a negative timeout', { timeoutMs: -1 }, 'timeoutMs'],
    ['a timeout setTimeout cannot wait', { timeoutMs: 2 ** 31 }, 'timeoutMs'],
    ['fractional retries', { retries: 1.5 }, 'retries'],
  ])('refuses to create a client with %s', (_, options, field) => {
    const create = () => clientWith(scriptedFetch(customerResponse()).fetch, options as Partial<CustomerClientOptions>);
    expect(create).toThrow(JuspayValidationError);
    try {
      create();
    } catch (error) {
      expect((error as JuspayValidationError).issues.map((issue) => issue.field)).toContain(field);
      expect((error as Error).message).toMatch(/^Customer client options are invalid: /);
      // The key in force for this row (the row's own, or the helper's default) appears nowhere.
      const key = (options as Partial<CustomerClientOptions>).apiKey ?? 'test_key';
      if (key !== '') {
        for (const view of [(error as Error).message, (error as Error).stack, JSON.stringify(error), inspect(error)]) {
          expect(view).not.toContain(key);
        }
      }
    }
  });

  it.each([
    ['userAgent', 'shop€', 'nonAscii'],
    ['userAgent', 'shop/é', 'nonAscii'],
    ['userAgent', 'shop\u0085', 'controlCharacter'],
    ['userAgent', 'shop\r\n', 'controlCharacter'],
    ['merchantId', 'merchant-€', 'nonAscii'],
    ['merchantId', 'merchant\u009f', 'controlCharacter'],
  ])('a header value is visible ASCII or spaces: %s %j breaks %s', (field, value, rule) => {
    try {
      clientWith(scriptedFetch(customerResponse()).fetch, { [field]: value });
      expect.unreachable('the client was created');
    } catch (error) {
      expect(error).toBeInstanceOf(JuspayValidationError);
      expect((error as JuspayValidationError).issues).toEqual([
        { field, rule, message: expect.stringContaining(field) },
      ]);
    }
  });

  it('sends a userAgent with spaces and punctuation as it is', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    await clientWith(fetch, { userAgent: 'shop/2.1 (linux; +https://shop.example)' }).updateCustomer('cst_1', {
      first_name: 'Jon',
    });
    expect(sent[0]!.headers['user-agent']).toBe(
      `shop/2.1 (linux; +https://shop.example) ${packageJson.name}/${packageJson.version}`,
    );
  });

  it('a request that cannot be built is refused once, not retried as a network failure', async () => {
    // Untyped code can hand over a body that changes after it was checked: here a getter that
    // turns into a number once the call starts sending, which the form encoder refuses.
    const events: CustomerClientEvent[] = [];
    let sending = false;
    const body = {
      get first_name(): unknown {
        return sending ? 42 : 'Jon';
      },
    };
    const { fetch, sent } = scriptedFetch(customerResponse());
    const client = clientWith(fetch, {
      logger: (event) => {
        events.push(event);
        if (event.type === 'request') sending = true;
      },
    });
    const error = await rejection(client.updateCustomer('cst_1', body as any));
    expect(error).toBeInstanceOf(JuspayValidationError);
    expect((error as JuspayValidationError).issues).toEqual([
      { field: 'request', rule: 'unsendable', message: expect.stringContaining('TypeError') },
    ]);
    expect(sent).toEqual([]);
    expect(events.map((event) => event.type)).toEqual(['request', 'failure']);
  });

  it('rejects at once, sending nothing, when the signal is already aborted', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    const error = await rejection(
      clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(JuspayAbortError);
    expect(sent).toEqual([]);
  });
});

describe('reading the answer', () => {
  it('resolves to the Customer', async () => {
    const customer = await clientWith(scriptedFetch(customerResponse()).fetch).updateCustomer('cst_1', {
      first_name: 'Jon',
    });
    expect(customer).toEqual(exampleCustomer);
  });

  it('accepts the +0000 timestamp form and hands back RFC 3339', async () => {
    const { fetch } = scriptedFetch(
      customerResponse({ date_created: '2016-08-02T08:07:52+0000', last_updated: '2019-06-18T07:17:22Z' }),
    );
    const customer = await clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' });
    expect(customer.date_created).toBe('2016-08-02T08:07:52Z');
    expect(customer.last_updated).toBe('2019-06-18T07:17:22Z');
    expect(parseTimestamp('2016-08-02T08:07:52+0000').toISOString()).toBe('2016-08-02T08:07:52.000Z');
    expect(parseTimestamp('2016-08-02T13:37:52+05:30').toISOString()).toBe('2016-08-02T08:07:52.000Z');
  });

  it.each([
    ['a timestamp in neither form', customerResponse({ last_updated: '02/08/2016 08:07' })],
    [
      'a body that is not JSON',
      new Response('<html>oops</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    ],
    [
      'truncated JSON',
      new Response('{"id":"cst_1","obj', { status: 200, headers: { 'content-type': 'application/json' } }),
    ],
    ['an empty body', new Response(null, { status: 200 })],
    ['JSON that is not a Customer', jsonResponse({ customer_id: 'cst_1' })],
    ['a success status the contract does not document', jsonResponse(exampleCustomer, 201)],
  ])('%s: JuspayUnexpectedResponseError', async (_, response) => {
    const error = await rejection(
      clientWith(scriptedFetch(response).fetch).updateCustomer('cst_1', { first_name: 'Jon' }),
    );
    expect(error).toBeInstanceOf(JuspayUnexpectedResponseError);
    expect(error.code).toBe('unexpected_response');
  });

  it.each([
    ['a missing required field', { id: undefined }, 'id is required'],
    ['a field of the wrong type', { id: 5 }, 'id must be a string'],
    ['a field that may be null', { email_address: 5 }, 'email_address must be a string or null'],
    [
      'a nested field',
      { juspay: { client_auth_token: 5, client_auth_token_expiry: '2019-06-18T07:17:22Z' } },
      'juspay.client_auth_token must be a string',
    ],
  ])('words the problem with %s as the pre-send check words the same rule', async (_, overrides, problem) => {
    const error = await rejection(
      clientWith(scriptedFetch(customerResponse(overrides)).fetch).updateCustomer('cst_1', { first_name: 'Jon' }),
    );
    expect((error as JuspayUnexpectedResponseError).problems).toEqual([problem]);
  });

  it('words a rule the same way for a request field and a response field', () => {
    const request = validateUpdateCustomerBody({ mobile_number: 5 });
    expect(request.valid || request.issues.map((issue) => issue.message)).toEqual(['mobile_number must be a string']);
  });

  it.each([
    [400, JuspayInvalidRequestError, 'invalid_request'],
    [404, JuspayInvalidRequestError, 'invalid_request'],
    [401, JuspayAuthenticationError, 'authentication'],
    [403, JuspayAuthorizationError, 'authorization'],
  ] as const)('%i: %o with the server’s error body', async (status, errorClass, code) => {
    const body = errorExample(status);
    const error = await rejection(
      clientWith(scriptedFetch(jsonResponse(body, status)).fetch).updateCustomer('cst_1', { first_name: 'Jon' }),
    );
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(JuspayApiError);
    expect(error.code).toBe(code);
    const apiError = error as JuspayApiError;
    expect(apiError.status).toBe(status);
    expect(apiError.body).toEqual(body);
    expect(apiError.errorCode).toBe((body as any).error_code ?? (body as any).error_info?.code);
  });

  it('carries error_info.fields of a 400', async () => {
    const body = {
      error_message: 'Wrong value in mobile_number',
      status: 'Invalid Request',
      error_code: 'Invalid Request',
      error_info: { code: 'INVALID_INPUT', fields: [{ field_name: 'mobile_number', reason: 'Invalid value.' }] },
    };
    const error = (await rejection(
      clientWith(scriptedFetch(jsonResponse(body, 400)).fetch).updateCustomer('cst_1', { mobile_number: '12' }),
    )) as JuspayInvalidRequestError;
    expect(error.fieldErrors).toEqual([{ field: 'mobile_number', reason: 'Invalid value.' }]);
    expect(error.errorMessage).toBe('Wrong value in mobile_number');
    expect(error.message).toContain('mobile_number');
  });

  it('gives the client’s issues and the server’s field errors one shape: fieldErrors { field, reason }', async () => {
    const body = errorExample(400) as { error_info?: unknown };
    const withFields = {
      ...body,
      error_info: { code: 'INVALID_INPUT', fields: [{ field_name: 'mobile_number', reason: 'Invalid value.' }] },
    };
    const server = await rejection(
      clientWith(scriptedFetch(jsonResponse(withFields, 400)).fetch).updateCustomer('cst_1', { mobile_number: '12' }),
    );
    const client = await rejection(
      clientWith(scriptedFetch(customerResponse()).fetch).updateCustomer('cst_1', { first_name: 'Jon Snow' }),
    );
    const fieldErrorsOf = (error: JuspayError) =>
      error instanceof JuspayValidationError || error instanceof JuspayApiError
        ? error.fieldErrors
        : expect.unreachable(error.code);
    expect(fieldErrorsOf(server)).toEqual([{ field: 'mobile_number', reason: 'Invalid value.' }]);
    expect(fieldErrorsOf(client)).toEqual([
      { field: 'first_name', reason: expect.stringContaining('first_name must match') },
    ]);
    // A body without error_info.fields gives none.
    const none = await rejection(
      clientWith(scriptedFetch(jsonResponse(errorExample(404), 404)).fetch).updateCustomer('cst_1', {
        first_name: 'Jon',
      }),
    );
    expect(fieldErrorsOf(none)).toEqual([]);
  });

  it.each([
    [
      'a wrong path’s 404 with JSON that names no error code',
      jsonResponse({ message: 'no Route matched with those values' }, 404),
      404,
      'names no error code',
    ],
    [
      'a 404 with an HTML page',
      new Response('<h1>Not Found</h1>', { status: 404, headers: { 'content-type': 'text/html' } }),
      404,
      'not JSON',
    ],
    ['a 404 with no body', new Response(null, { status: 404 }), 404, 'the body is empty'],
    [
      'a 403 from a firewall, as HTML',
      new Response('<h1>Forbidden</h1>', { status: 403, headers: { 'content-type': 'text/html' } }),
      403,
      'not JSON',
    ],
    [
      'a 400 whose body breaks the error schema',
      jsonResponse({ error_code: 5 }, 400),
      400,
      'error_code must be a string',
    ],
    ['a 500 whose JSON body is an array', jsonResponse([], 500), 500, 'the body must be an object'],
  ])(
    '%s: JuspayUnexpectedResponseError with the status, not a missing customer',
    async (_, response, status, problem) => {
      const error = await rejection(
        clientWith(scriptedFetch(response).fetch).updateCustomer('cst_1', { first_name: 'Jon' }),
      );
      expect(error).toBeInstanceOf(JuspayUnexpectedResponseError);
      expect(error).not.toBeInstanceOf(JuspayApiError);
      const unexpected = error as JuspayUnexpectedResponseError;
      expect(unexpected.status).toBe(status);
      expect(unexpected.attempts).toBe(1);
      expect(unexpected.problems.join('; ')).toContain(problem);
      expect(unexpected.message).toContain(`HTTP ${status}, an answer that is not the contract’s error JSON`);
    },
  );

  it('a 404 whose body names an error code only in error_info.code is the contract’s error', async () => {
    const response = jsonResponse({ error_info: { code: 'RESOURCE_NOT_FOUND' } }, 404);
    const error = await rejection(
      clientWith(scriptedFetch(response).fetch).updateCustomer('cst_1', { first_name: 'Jon' }),
    );
    expect(error).toBeInstanceOf(JuspayInvalidRequestError);
    expect((error as JuspayInvalidRequestError).errorCode).toBe('RESOURCE_NOT_FOUND');
  });

  it('reports a redirect as the status it is, without following it', async () => {
    const { fetch, sent } = scriptedFetch(
      new Response(null, { status: 307, headers: { location: 'https://elsewhere.example/' } }),
    );
    const error = (await rejection(
      clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' }),
    )) as JuspayUnexpectedResponseError;
    expect(error.code).toBe('unexpected_response');
    expect(error.status).toBe(307);
    expect(error.problems).toEqual([expect.stringContaining('redirect')]);
    expect(sent.length).toBe(1);
  });
});

describe('retries', () => {
  it.each([429, 502, 503, 504])('retries %i and succeeds', async (status) => {
    const { fetch, sent } = scriptedFetch(errorResponse(status), customerResponse());
    await expect(clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' })).resolves.toEqual(exampleCustomer);
    expect(sent.length).toBe(2);
    expect(sent[1]).toEqual(sent[0]);
  });

  it.each([400, 401, 403, 404, 409, 422, 500])('never retries %i', async (status) => {
    const { fetch, sent } = scriptedFetch(errorResponse(status), customerResponse());
    const error = await rejection(clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' }));
    expect((error as JuspayApiError).status).toBe(status);
    expect(sent.length).toBe(1);
  });

  it('retries a connection failure', async () => {
    const { fetch, sent } = scriptedFetch(new TypeError('fetch failed'), customerResponse());
    await expect(clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' })).resolves.toEqual(exampleCustomer);
    expect(sent.length).toBe(2);
  });

  it('gives up after `retries` retries (default 2) with the last failure', async () => {
    const { fetch, sent } = scriptedFetch(errorResponse(503));
    const client = clientWith(fetch);
    expect(client.toJSON().retries).toBe(2);
    const error = (await rejection(client.updateCustomer('cst_1', { first_name: 'Jon' }))) as JuspayApiError;
    expect(error.status).toBe(503);
    expect(error.attempts).toBe(3);
    expect(sent.length).toBe(3);

    const network = scriptedFetch(
      new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }),
    );
    const failure = await rejection(
      clientWith(network.fetch, { retries: 1 }).updateCustomer('cst_1', { first_name: 'Jon' }),
    );
    expect(failure).toBeInstanceOf(JuspayNetworkError);
    expect(failure.message).toContain('ECONNREFUSED');
    expect(network.sent.length).toBe(2);
  });

  it('retries: 0 disables retrying', async () => {
    const { fetch, sent } = scriptedFetch(errorResponse(503), customerResponse());
    await rejection(clientWith(fetch, { retries: 0 }).updateCustomer('cst_1', { first_name: 'Jon' }));
    expect(sent.length).toBe(1);
  });

  it('waits what Retry-After says before trying again', async () => {
    vi.useFakeTimers();
    const { fetch, sent } = scriptedFetch(errorResponse(429, { 'retry-after': '2' }), customerResponse());
    const call = clientWith(fetch, { retryDelayMs: 10 }).updateCustomer('cst_1', { first_name: 'Jon' });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sent.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toEqual(exampleCustomer);
    expect(sent.length).toBe(2);
  });

  it('gives up at once when Retry-After would outlast the timeout', async () => {
    const { fetch, sent } = scriptedFetch(errorResponse(429, { 'retry-after': '120' }), customerResponse());
    const error = (await rejection(
      clientWith(fetch, { timeoutMs: 60_000 }).updateCustomer('cst_1', { first_name: 'Jon' }),
    )) as JuspayApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(120_000);
    expect(sent.length).toBe(1);
  });

  it('with no timeout, gives up at once when Retry-After is longer than a timer can wait', async () => {
    // 2 147 484 s is just over 2³¹ − 1 ms (about 24.9 days), where setTimeout would fire at once.
    const { fetch, sent } = scriptedFetch(errorResponse(429, { 'retry-after': '2147484' }), customerResponse());
    const error = (await rejection(
      clientWith(fetch, { timeoutMs: Infinity }).updateCustomer('cst_1', { first_name: 'Jon' }),
    )) as JuspayApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(2_147_484_000);
    expect(sent.length).toBe(1);
  });

  it('with no timeout, still waits a Retry-After a timer can hold', async () => {
    vi.useFakeTimers();
    const { fetch, sent } = scriptedFetch(errorResponse(503, { 'retry-after': '2147483' }), customerResponse());
    const call = clientWith(fetch, { timeoutMs: Infinity }).updateCustomer('cst_1', { first_name: 'Jon' });
    await vi.advanceTimersByTimeAsync(2_147_482_999);
    expect(sent.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toEqual(exampleCustomer);
  });

  it.each(['1.5', '-1', '12 s', '2024-01-01T00:00:05Z'])(
    'a Retry-After of %j is unreadable: the backoff applies, not "now"',
    async (header) => {
      vi.useFakeTimers();
      vi.spyOn(Math, 'random').mockReturnValue(1); // the first wait is all of retryDelayMs
      const { fetch, sent } = scriptedFetch(errorResponse(503, { 'retry-after': header }), customerResponse());
      const call = clientWith(fetch, { retryDelayMs: 1_000 }).updateCustomer('cst_1', { first_name: 'Jon' });
      await vi.advanceTimersByTimeAsync(999);
      expect(sent.length).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(call).resolves.toEqual(exampleCustomer);
      expect(sent.length).toBe(2);
    },
  );

  it('backs off exponentially with jitter', () => {
    expect([0, 1, 2].map((retry) => backoffMs(retry, 100, () => 0))).toEqual([50, 100, 200]);
    expect([0, 1, 2].map((retry) => backoffMs(retry, 100, () => 1))).toEqual([100, 200, 400]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3_000);
    expect(retryAfterMs('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5_000);
    expect(retryAfterMs('Sun, 31 Dec 2023 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it.each([
    ['a fraction', '1.5'],
    ['a negative number', '-1'],
    ['an exponent', '1e3'],
    ['a unit', '12 s'],
    ['an RFC 850 date', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['an asctime date', 'Sun Nov  6 08:49:37 1994'],
    ['an ISO date', '2024-01-01T00:00:05Z'],
    ['a zone other than GMT', 'Mon, 01 Jan 2024 00:00:05 UTC'],
    ['a day that does not exist', 'Wed, 31 Apr 2024 00:00:05 GMT'],
    ['an hour that does not exist', 'Mon, 01 Jan 2024 24:00:05 GMT'],
  ])('reads only delta-seconds and IMF-fixdate: not %s (%j)', (_, header) => {
    expect(retryAfterMs(header, Date.parse('2024-01-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('time limits', () => {
  const hanging = (request: Request) =>
    new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));

  it('rejects with JuspayTimeoutError when timeoutMs passes', async () => {
    const error = await rejection(
      clientWith(hanging, { timeoutMs: 50 }).updateCustomer('cst_1', { first_name: 'Jon' }),
    );
    expect(error).toBeInstanceOf(JuspayTimeoutError);
    expect((error as JuspayTimeoutError).timeoutMs).toBe(50);
  });

  it('times out after 30 s by default', async () => {
    vi.useFakeTimers();
    const client = clientWith(hanging);
    expect(client.toJSON().timeoutMs).toBe(30_000);
    const call = rejection(client.updateCustomer('cst_1', { first_name: 'Jon' }));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(await settled(call)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await call;
    expect(error).toBeInstanceOf(JuspayTimeoutError);
    expect((error as JuspayTimeoutError).timeoutMs).toBe(30_000);
  });

  // Jitter pinned to its ceiling: the waits are 40 ms, then 80 ms, then 160 ms.
  const pinJitter = () => vi.spyOn(Math, 'random').mockReturnValue(1);

  it('the timeout bounds retries: a wait that would pass the deadline is not begun', async () => {
    vi.useFakeTimers();
    pinJitter();
    const { fetch, sent } = scriptedFetch(errorResponse(503));
    const call = rejection(
      clientWith(fetch, { timeoutMs: 100, retries: 10, retryDelayMs: 40 }).updateCustomer('cst_1', {
        first_name: 'Jon',
      }),
    );
    // 503 at 0 ms, wait 40; 503 at 40 ms, and a wait of 80 would end past the deadline at 100.
    await vi.advanceTimersByTimeAsync(1_000);
    const error = (await call) as JuspayApiError;
    expect(error.code).toBe('api_error');
    expect(error.attempts).toBe(2);
    expect(sent.length).toBe(2);
  });

  it('the timeout bounds retries: the deadline passing during an attempt is a timeout', async () => {
    vi.useFakeTimers();
    pinJitter();
    const slow503 = () => new Promise<Response>((resolve) => setTimeout(() => resolve(errorResponse(503)), 30));
    const { fetch, sent } = scriptedFetch(slow503);
    const call = rejection(
      clientWith(fetch, { timeoutMs: 100, retries: 10, retryDelayMs: 40 }).updateCustomer('cst_1', {
        first_name: 'Jon',
      }),
    );
    // 503 at 30 ms, wait 40; the second attempt starts at 70 ms and is cut at 100.
    await vi.advanceTimersByTimeAsync(99);
    expect(await settled(call)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = (await call) as JuspayTimeoutError;
    expect(error.code).toBe('timeout');
    expect(error.attempts).toBe(2);
    expect(sent.length).toBe(2);
  });

  it('honours the caller’s signal while waiting for an answer', async () => {
    const controller = new AbortController();
    const call = clientWith(hanging).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: controller.signal });
    controller.abort(new Error('user left'));
    const error = await rejection(call);
    expect(error).toBeInstanceOf(JuspayAbortError);
    expect((error.cause as Error).message).toBe('user left');
  });

  it('a caller’s signal that times out (AbortSignal.timeout) is a JuspayTimeoutError, not an abort', async () => {
    const error = await rejection(
      clientWith(hanging).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: AbortSignal.timeout(20) }),
    );
    expect(error).toBeInstanceOf(JuspayTimeoutError);
    const timeout = error as JuspayTimeoutError;
    expect(timeout.source).toBe('signal');
    expect(timeout.timeoutMs).toBeUndefined();
    expect(timeout.attempts).toBe(1);
    expect((timeout.cause as Error).name).toBe('TimeoutError');
    expect(timeout.message).toBe('Update Customer timed out: the caller’s signal timed out (1 attempt)');
    expect(timeout.toJSON()).toMatchObject({ code: 'timeout', source: 'signal', attempts: 1 });
  });

  it('a caller’s signal that timed out before the call, or during a backoff wait, is a timeout too', async () => {
    const expired = AbortSignal.timeout(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { fetch, sent } = scriptedFetch(errorResponse(503));
    const before = await rejection(
      clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: expired }),
    );
    expect(before).toMatchObject({ code: 'timeout', source: 'signal', attempts: 0 });
    expect(sent).toEqual([]);
    const combined = AbortSignal.any([new AbortController().signal, AbortSignal.timeout(30)]);
    const during = await rejection(
      clientWith(fetch, { retryDelayMs: 10_000 }).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: combined }),
    );
    expect(during).toMatchObject({ code: 'timeout', source: 'signal', attempts: 1 });
  });

  it('the client’s own timeout says so (source timeoutMs)', async () => {
    const error = (await rejection(
      clientWith(hanging, { timeoutMs: 20 }).updateCustomer('cst_1', { first_name: 'Jon' }),
    )) as JuspayTimeoutError;
    expect(error.source).toBe('timeoutMs');
    expect(error.message).toBe('Update Customer timed out after 20 ms (1 attempt)');
  });

  it.each([
    ['an Error', new Error('user left')],
    ['a string', 'user left'],
    [
      'an object whose name getter throws',
      Object.defineProperty({}, 'name', {
        get: () => {
          throw new Error('no');
        },
      }),
    ],
    ['an AbortError DOMException', new DOMException('stop', 'AbortError')],
  ])('a caller’s abort with %s as its reason stays a JuspayAbortError', async (_, reason) => {
    const controller = new AbortController();
    const call = clientWith(hanging).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: controller.signal });
    controller.abort(reason);
    const error = await rejection(call);
    expect(error).toBeInstanceOf(JuspayAbortError);
    expect(error.cause).toBe(reason);
  });

  it('honours the caller’s signal during a backoff wait', async () => {
    const controller = new AbortController();
    const { fetch } = scriptedFetch(errorResponse(503));
    const call = clientWith(fetch, { retryDelayMs: 10_000 }).updateCustomer(
      'cst_1',
      { first_name: 'Jon' },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 20);
    expect(await rejection(call)).toBeInstanceOf(JuspayAbortError);
  });

  it('leaves no timer and no listener behind', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    const controller = new AbortController();
    const listeners: unknown[] = [];
    const add = controller.signal.addEventListener.bind(controller.signal);
    const remove = controller.signal.removeEventListener.bind(controller.signal);
    controller.signal.addEventListener = ((type: string, listener: any, options?: any) => {
      listeners.push(listener);
      add(type, listener, options);
    }) as typeof controller.signal.addEventListener;
    controller.signal.removeEventListener = ((type: string, listener: any, options?: any) => {
      listeners.splice(listeners.indexOf(listener), 1);
      remove(type, listener, options);
    }) as typeof controller.signal.removeEventListener;
    await clientWith(scriptedFetch(customerResponse()).fetch).updateCustomer(
      'cst_1',
      { first_name: 'Jon' },
      { signal: controller.signal },
    );
    expect(timers()).toBe(before);
    expect(listeners).toEqual([]);
  });
});
