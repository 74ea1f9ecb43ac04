// The client with an injected fetch: what it puts in each request, what it refuses to send,
// how it reads answers, and when it retries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import {
  createCustomerClient,
  environments,
  JuspayAbortError,
  JuspayApiError,
  JuspayAuthenticationError,
  JuspayAuthorizationError,
  JuspayError,
  JuspayInvalidRequestError,
  JuspayNetworkError,
  JuspayTimeoutError,
  JuspayUnexpectedResponseError,
  JuspayValidationError,
  parseTimestamp,
  type CustomerClientOptions,
} from '../src/index.js';
import { backoffMs, retryAfterMs } from '../src/retry.js';
import { bundledSpec } from './support/bundled-schema.js';
import {
  customerResponse,
  errorExample,
  exampleCustomer,
  exampleCustomerId,
  exampleMerchantId,
  jsonResponse,
  scriptedFetch,
} from './support/client-fakes.js';

const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

function clientWith(fetch: CustomerClientOptions['fetch'], options: Partial<CustomerClientOptions> = {}) {
  return createCustomerClient({ apiKey: 'test_key', merchantId: exampleMerchantId, baseUrl: 'http://127.0.0.1:9', fetch, retryDelayMs: 1, ...options });
}

async function rejection(promise: Promise<unknown>): Promise<JuspayError> {
  const error = await promise.then(
    () => expect.unreachable('the call resolved'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JuspayError);
  return error as JuspayError;
}

afterEach(() => {
  vi.useRealTimers();
});

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
    await clientWith(fetch, { userAgent: 'shop/2.1' }).updateCustomer(exampleCustomerId, { first_name: 'Jon' }, { routingId: 'cart_77' });
    expect(sent[0]!.headers['x-routing-id']).toBe('cart_77');
    expect(sent[0]!.headers['user-agent']).toBe(`shop/2.1 ${packageJson.name}/${packageJson.version}`);
  });

  it('form-encodes the body, dropping undefined fields and percent-encoding + & = % \'', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    const email = "a+b&c=d%e'f@x.com";
    await clientWith(fetch).updateCustomer(exampleCustomerId, { email_address: email, first_name: undefined, mobile_number: '+919912346789' });
    expect(sent[0]!.body).toBe('email_address=a%2Bb%26c%3Dd%25e%27f%40x.com&mobile_number=%2B919912346789');
    expect(Object.fromEntries(new URLSearchParams(sent[0]!.body))).toEqual({ email_address: email, mobile_number: '+919912346789' });
  });

  it('percent-encodes the customer id so it keeps the route', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    await clientWith(fetch).updateCustomer('a/b?c#d%e', { first_name: 'Jon' });
    expect(new URL(sent[0]!.url).pathname).toBe('/customers/a%2Fb%3Fc%23d%25e');
    expect(new URL(sent[0]!.url).search).toBe('');
    expect(sent[0]!.headers['x-routing-id']).toBe('a/b?c#d%e');
  });

  it('talks to the environment’s server', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    await createCustomerClient({ apiKey: 'k', merchantId: 'm', environment: 'sandbox', fetch }).updateCustomer('cst_1', { first_name: 'Jon' });
    expect(sent[0]!.url).toBe(`${environments.sandbox}/customers/cst_1`);
  });

  it('names the same servers as the document', () => {
    expect(Object.values(environments)).toEqual(bundledSpec.servers.map((server: { url: string }) => server.url));
  });
});

describe('what it refuses to send', () => {
  it.each([
    ['a CR/LF in the routing id', exampleCustomerId, { first_name: 'Jon' }, { routingId: 'r\r\nx-evil: 1' }, 'x-routing-id', 'controlCharacter'],
    ['a tab in the routing id', exampleCustomerId, { first_name: 'Jon' }, { routingId: 'a\tb' }, 'x-routing-id', 'controlCharacter'],
    ['a control character in the customer id', 'cst_\u0000', { first_name: 'Jon' }, {}, 'customer_id', 'pattern'],
    ['an empty customer id', '', { first_name: 'Jon' }, {}, 'customer_id', 'minLength'],
    ['a customer id of ..', '..', { first_name: 'Jon' }, {}, 'customer_id', 'dotSegment'],
    ['an invalid body', exampleCustomerId, { first_name: 'Jon Snow' }, {}, 'first_name', 'pattern'],
    ['an empty body', exampleCustomerId, {}, {}, 'body', 'minProperties'],
    ['a non-string from untyped code', exampleCustomerId, { mobile_number: 9988776644 }, {}, 'mobile_number', 'type'],
    ['an unknown field', exampleCustomerId, { first_name: 'Jon', nickname: 'J' }, {}, 'nickname', 'additionalProperties'],
  ])('%s: JuspayValidationError, nothing sent', async (_, customerId, body, options, field, rule) => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    const error = await rejection(clientWith(fetch).updateCustomer(customerId, body as any, options));
    expect(error).toBeInstanceOf(JuspayValidationError);
    expect(error.code).toBe('validation');
    expect((error as JuspayValidationError).issues).toContainEqual({ field, rule, message: expect.stringContaining(field) });
    expect(sent).toEqual([]);
  });

  it.each([
    ['an API key with a newline', { apiKey: 'key\n' }, 'apiKey'],
    ['an API key with a colon', { apiKey: 'ke:y' }, 'apiKey'],
    ['an empty API key', { apiKey: '' }, 'apiKey'],
    ['a merchant id with CR', { merchantId: 'm\r' }, 'merchantId'],
    ['a user agent with LF', { userAgent: 'shop\n' }, 'userAgent'],
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
      expect((error as Error).message).not.toContain('key\n');
    }
  });

  it('rejects at once, sending nothing, when the signal is already aborted', async () => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    const error = await rejection(clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(JuspayAbortError);
    expect(sent).toEqual([]);
  });
});

describe('reading the answer', () => {
  it('resolves to the Customer', async () => {
    const customer = await clientWith(scriptedFetch(customerResponse()).fetch).updateCustomer('cst_1', { first_name: 'Jon' });
    expect(customer).toEqual(exampleCustomer);
  });

  it('accepts the +0000 timestamp form and hands back RFC 3339', async () => {
    const { fetch } = scriptedFetch(customerResponse({ date_created: '2016-08-02T08:07:52+0000', last_updated: '2019-06-18T07:17:22Z' }));
    const customer = await clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' });
    expect(customer.date_created).toBe('2016-08-02T08:07:52Z');
    expect(customer.last_updated).toBe('2019-06-18T07:17:22Z');
    expect(parseTimestamp('2016-08-02T08:07:52+0000').toISOString()).toBe('2016-08-02T08:07:52.000Z');
    expect(parseTimestamp('2016-08-02T13:37:52+05:30').toISOString()).toBe('2016-08-02T08:07:52.000Z');
  });

  it.each([
    ['a timestamp in neither form', customerResponse({ last_updated: '02/08/2016 08:07' })],
    ['a body that is not JSON', new Response('<html>oops</html>', { status: 200, headers: { 'content-type': 'text/html' } })],
    ['truncated JSON', new Response('{"id":"cst_1","obj', { status: 200, headers: { 'content-type': 'application/json' } })],
    ['an empty body', new Response(null, { status: 200 })],
    ['JSON that is not a Customer', jsonResponse({ customer_id: 'cst_1' })],
    ['a success status the contract does not document', jsonResponse(exampleCustomer, 201)],
  ])('%s: JuspayUnexpectedResponseError', async (_, response) => {
    const error = await rejection(clientWith(scriptedFetch(response).fetch).updateCustomer('cst_1', { first_name: 'Jon' }));
    expect(error).toBeInstanceOf(JuspayUnexpectedResponseError);
    expect(error.code).toBe('unexpected_response');
  });

  it.each([
    [400, JuspayInvalidRequestError, 'invalid_request'],
    [404, JuspayInvalidRequestError, 'invalid_request'],
    [401, JuspayAuthenticationError, 'authentication'],
    [403, JuspayAuthorizationError, 'authorization'],
  ] as const)('%i: %o with the server’s error body', async (status, errorClass, code) => {
    const body = errorExample(status);
    const error = await rejection(clientWith(scriptedFetch(jsonResponse(body, status)).fetch).updateCustomer('cst_1', { first_name: 'Jon' }));
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
    expect(error.fields).toEqual([{ field_name: 'mobile_number', reason: 'Invalid value.' }]);
    expect(error.errorMessage).toBe('Wrong value in mobile_number');
    expect(error.message).toContain('mobile_number');
  });

  it('an error status with a body that is not JSON keeps its class, with no body', async () => {
    const response = new Response('<h1>Forbidden</h1>', { status: 403, headers: { 'content-type': 'text/html' } });
    const error = (await rejection(clientWith(scriptedFetch(response).fetch).updateCustomer('cst_1', { first_name: 'Jon' }))) as JuspayApiError;
    expect(error).toBeInstanceOf(JuspayAuthorizationError);
    expect(error.body).toBeUndefined();
  });

  it('reports a redirect as the status it is, without following it', async () => {
    const { fetch, sent } = scriptedFetch(new Response(null, { status: 307, headers: { location: 'https://elsewhere.example/' } }));
    const error = (await rejection(clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' }))) as JuspayApiError;
    expect(error.code).toBe('api_error');
    expect(error.status).toBe(307);
    expect(sent.length).toBe(1);
  });
});

describe('retries', () => {
  it.each([429, 502, 503, 504])('retries %i and succeeds', async (status) => {
    const { fetch, sent } = scriptedFetch(jsonResponse({}, status), customerResponse());
    await expect(clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' })).resolves.toEqual(exampleCustomer);
    expect(sent.length).toBe(2);
    expect(sent[1]).toEqual(sent[0]);
  });

  it.each([400, 401, 403, 404, 409, 422, 500])('never retries %i', async (status) => {
    const { fetch, sent } = scriptedFetch(jsonResponse({}, status), customerResponse());
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
    const { fetch, sent } = scriptedFetch(jsonResponse({}, 503));
    const error = (await rejection(clientWith(fetch).updateCustomer('cst_1', { first_name: 'Jon' }))) as JuspayApiError;
    expect(error.status).toBe(503);
    expect(error.attempts).toBe(3);
    expect(sent.length).toBe(3);

    const network = scriptedFetch(new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }));
    const failure = await rejection(clientWith(network.fetch, { retries: 1 }).updateCustomer('cst_1', { first_name: 'Jon' }));
    expect(failure).toBeInstanceOf(JuspayNetworkError);
    expect(failure.message).toContain('ECONNREFUSED');
    expect(network.sent.length).toBe(2);
  });

  it('retries: 0 disables retrying', async () => {
    const { fetch, sent } = scriptedFetch(jsonResponse({}, 503), customerResponse());
    await rejection(clientWith(fetch, { retries: 0 }).updateCustomer('cst_1', { first_name: 'Jon' }));
    expect(sent.length).toBe(1);
  });

  it('waits what Retry-After says before trying again', async () => {
    vi.useFakeTimers();
    const { fetch, sent } = scriptedFetch(jsonResponse({}, 429, { 'retry-after': '2' }), customerResponse());
    const call = clientWith(fetch, { retryDelayMs: 10 }).updateCustomer('cst_1', { first_name: 'Jon' });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sent.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toEqual(exampleCustomer);
    expect(sent.length).toBe(2);
  });

  it('gives up at once when Retry-After would outlast the timeout', async () => {
    const { fetch, sent } = scriptedFetch(jsonResponse({}, 429, { 'retry-after': '120' }), customerResponse());
    const error = (await rejection(clientWith(fetch, { timeoutMs: 60_000 }).updateCustomer('cst_1', { first_name: 'Jon' }))) as JuspayApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(120_000);
    expect(sent.length).toBe(1);
  });

  it('backs off exponentially with jitter', () => {
    expect([0, 1, 2].map((retry) => backoffMs(retry, 100, () => 0))).toEqual([50, 100, 200]);
    expect([0, 1, 2].map((retry) => backoffMs(retry, 100, () => 1))).toEqual([100, 200, 400]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3_000);
    expect(retryAfterMs('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5_000);
    expect(retryAfterMs('Sun, 31 Dec 2023 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('time limits', () => {
  const hanging = (request: Request) =>
    new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));

  it('rejects with JuspayTimeoutError when timeoutMs passes', async () => {
    const error = await rejection(clientWith(hanging, { timeoutMs: 50 }).updateCustomer('cst_1', { first_name: 'Jon' }));
    expect(error).toBeInstanceOf(JuspayTimeoutError);
    expect((error as JuspayTimeoutError).timeoutMs).toBe(50);
  });

  it('the timeout bounds retries and their waits too', async () => {
    const { fetch, sent } = scriptedFetch(jsonResponse({}, 503));
    const error = await rejection(clientWith(fetch, { timeoutMs: 100, retries: 10, retryDelayMs: 40 }).updateCustomer('cst_1', { first_name: 'Jon' }));
    // Either the deadline passed mid-wait, or the next wait would have outlasted it.
    expect(['timeout', 'api_error']).toContain(error.code);
    expect(sent.length).toBeLessThan(11);
  });

  it('honours the caller’s signal while waiting for an answer', async () => {
    const controller = new AbortController();
    const call = clientWith(hanging).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: controller.signal });
    controller.abort(new Error('user left'));
    const error = await rejection(call);
    expect(error).toBeInstanceOf(JuspayAbortError);
    expect((error.cause as Error).message).toBe('user left');
  });

  it('honours the caller’s signal during a backoff wait', async () => {
    const controller = new AbortController();
    const { fetch } = scriptedFetch(jsonResponse({}, 503));
    const call = clientWith(fetch, { retryDelayMs: 10_000 }).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: controller.signal });
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
    await clientWith(scriptedFetch(customerResponse()).fetch).updateCustomer('cst_1', { first_name: 'Jon' }, { signal: controller.signal });
    expect(timers()).toBe(before);
    expect(listeners).toEqual([]);
  });
});
