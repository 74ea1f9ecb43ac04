// The API key and personal data stay out of everything a caller might print or ship to a log:
// error messages and stacks, JSON.stringify and util.inspect of the client and of every error,
// every property reachable from an error, and the optional logger's events. Without a logger,
// the client writes nothing at all.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCustomerClient,
  JuspayError,
  type CustomerClientEvent,
  type CustomerClientOptions,
} from '../src/index.js';
import {
  clientWith as testClient,
  customerResponse,
  errorExample,
  errorResponse,
  headersOf,
  jsonResponse,
  scriptedFetch,
} from './support/client-fakes.js';

const apiKey = 'sk_live_SECRET1234567890';
const encodedKey = Buffer.from(`${apiKey}:`).toString('base64');
const email = 'jane.doe+vip@example.com';
const mobile = '9988776644';
// A merchant's own reference used as the customer id: an email, as it often is.
const emailCustomerId = 'rita.roe+id@example.org';
const person = {
  email_address: email,
  first_name: 'Janeprivate',
  last_name: 'Doeprivate',
  mobile_country_code: '91',
  mobile_number: mobile,
};
const personal = [
  email,
  encodeURIComponent(email),
  'jane.doe',
  mobile,
  'Janeprivate',
  'Doeprivate',
  emailCustomerId,
  encodeURIComponent(emailCustomerId),
  'rita.roe',
];
const secrets = [apiKey, encodedKey, 'SECRET1234567890'];

const clientWith = (fetch: CustomerClientOptions['fetch'], options: Partial<CustomerClientOptions> = {}) =>
  testClient(fetch, { apiKey, merchantId: 'merchant-id', ...options });

/** Every way an error or a client is commonly turned into text. */
function renderings(value: unknown): string[] {
  const texts = [JSON.stringify(value), inspect(value, { depth: Infinity, showHidden: true }), String(value)];
  if (value instanceof Error) texts.push(value.message, value.stack ?? '');
  return texts;
}

/**
 * Every string reachable from `root` through own properties, enumerable or not, symbol-keyed
 * too: what an error serializer that walks `cause` and the like could print.
 */
function reachableStrings(root: unknown): string[] {
  const strings: string[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
      if ('value' in descriptor) visit(descriptor.value);
    }
  };
  visit(root);
  return strings;
}

function expectFreeOf(texts: string[], forbidden: string[]) {
  for (const text of texts) for (const word of forbidden) expect(text).not.toContain(word);
}

async function failureOf(
  fetch: CustomerClientOptions['fetch'],
  body: any = person,
  options: Partial<CustomerClientOptions> = {},
  customerId = 'cst_1',
) {
  try {
    await clientWith(fetch, options).updateCustomer(customerId, body);
  } catch (error) {
    expect(error).toBeInstanceOf(JuspayError);
    return error as JuspayError;
  }
  return expect.unreachable('the call resolved');
}

// Fetches that fail the way careless ones do. node-fetch's message is `request to <url> failed,
// reason: ...`, and the URL holds the customer id; others hang the whole Request (and its
// Authorization header) on the error, directly or on a cause of their own.
const leakyFetches: Array<[string, (request: Request) => Promise<Response>]> = [
  [
    'a node-fetch style error whose message quotes the URL',
    async (request) => {
      throw Object.assign(new Error(`request to ${request.url} failed, reason: connect ECONNREFUSED 127.0.0.1:9`), {
        name: 'FetchError',
        type: 'system',
        code: 'ECONNREFUSED',
        errno: 'ECONNREFUSED',
      });
    },
  ],
  [
    'an error whose cause is the Request',
    async (request) => {
      throw new TypeError(`fetch failed: ${request.url}`, { cause: request });
    },
  ],
  [
    'an error whose cause holds the Request and its headers',
    async (request) => {
      throw Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error(`socket hang up (${request.url})`), {
          code: 'ECONNRESET',
          request,
          headers: headersOf(request.headers),
        }),
      });
    },
  ],
];

describe('the API key', () => {
  it('is not in JSON.stringify, util.inspect or String of the client', () => {
    const client = clientWith(scriptedFetch(customerResponse()).fetch);
    expectFreeOf(renderings(client), secrets);
    expect(inspect(client)).toContain('CustomerClient');
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({
      merchantId: 'merchant-id',
      baseUrl: 'http://127.0.0.1:9',
    });
  });

  it.each([
    ['validation', () => failureOf(scriptedFetch(customerResponse()).fetch, { email_address: `${email} ` })],
    ['invalid_request', () => failureOf(scriptedFetch(jsonResponse(errorExample(400), 400)).fetch)],
    ['authentication', () => failureOf(scriptedFetch(jsonResponse(errorExample(401), 401)).fetch)],
    ['authorization', () => failureOf(scriptedFetch(jsonResponse(errorExample(403), 403)).fetch)],
    ['api_error', () => failureOf(scriptedFetch(errorResponse(503)).fetch)],
    ['network (a fetch that attaches the Request to its error)', () => failureOf(leakyFetches[2]![1])],
    ['timeout', () => failureOf(() => new Promise(() => {}), person, { timeoutMs: 20 })],
    ['unexpected_response', () => failureOf(scriptedFetch(new Response(`{"echo":"${email}`, { status: 200 })).fetch)],
    [
      'unexpected_response (an HTML 404 echoing the email)',
      () => failureOf(scriptedFetch(new Response(`<p>${email}</p>`, { status: 404 })).fetch),
    ],
    [
      'unexpected_response (a JSON 404 echoing the email)',
      () => failureOf(scriptedFetch(jsonResponse({ message: email, path: `/customers/${email}` }, 404)).fetch),
    ],
    [
      'timeout (the caller’s AbortSignal.timeout)',
      async () => {
        const client = clientWith(() => new Promise(() => {}));
        return client
          .updateCustomer('cst_1', person, { signal: AbortSignal.timeout(10) })
          .catch((error: JuspayError) => error);
      },
    ],
  ])('is not in a %s error, nor is personal data', async (_, fail) => {
    const error = await fail();
    expectFreeOf([...renderings(error), ...reachableStrings(error)], [...secrets, ...personal]);
  });

  it.each(leakyFetches)('nor in a network error from %s, with an email as the customer id', async (_, leakyFetch) => {
    const events: CustomerClientEvent[] = [];
    const error = await failureOf(
      leakyFetch,
      person,
      { retries: 1, logger: (event) => events.push(event) },
      emailCustomerId,
    );
    expect(error.code).toBe('network');
    expect(events.map((event) => event.type)).toEqual(['request', 'retry', 'request', 'failure']);
    const texts = [
      ...renderings(error),
      ...reachableStrings(error),
      JSON.stringify(events),
      inspect(events, { depth: Infinity, showHidden: true }),
    ];
    expectFreeOf(texts, [...secrets, ...personal]);
  });

  it('a network error keeps the code of what the fetch threw, and its name, nothing else', async () => {
    const error = await failureOf(leakyFetches[0]![1], person, { retries: 0 }, emailCustomerId);
    expect(error.message).toBe('Update Customer could not reach http://127.0.0.1:9 (ECONNREFUSED) after 1 attempt');
    expect(error.cause).toEqual({ name: 'FetchError', code: 'ECONNREFUSED' });
    expect(error.toJSON()).toMatchObject({ code: 'network', cause: { name: 'FetchError', code: 'ECONNREFUSED' } });
  });

  it('is not in the options error of a client made with a bad key', () => {
    try {
      createCustomerClient({ apiKey: `${apiKey}\n`, merchantId: 'm', environment: 'sandbox' });
      expect.unreachable('the client was created');
    } catch (error) {
      expectFreeOf(renderings(error), secrets);
    }
  });
});

describe('logging', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes nothing anywhere without a logger, on success or failure', async () => {
    const writes: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      vi.spyOn(console, method).mockImplementation((...args) => void writes.push(args));
    }
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => writes.push(chunk) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => writes.push(chunk) > 0);
    await clientWith(scriptedFetch(customerResponse()).fetch).updateCustomer('cst_1', person);
    await failureOf(scriptedFetch(errorResponse(503)).fetch);
    await failureOf(scriptedFetch(customerResponse()).fetch, { ...person, first_name: 'Jane Doe' });
    vi.restoreAllMocks();
    expect(writes).toEqual([]);
  });

  it('gives the logger request, retry, response and failure events with personal data masked', async () => {
    const events: CustomerClientEvent[] = [];
    const { fetch } = scriptedFetch(errorResponse(503), customerResponse());
    await clientWith(fetch, { logger: (event) => events.push(event) }).updateCustomer('jane.doe@example.com', person);
    expect(events.map((event) => event.type)).toEqual(['request', 'response', 'retry', 'request', 'response']);
    expect(events[0]).toEqual({
      type: 'request',
      attempt: 1,
      customerId: 'ja***',
      fields: {
        email_address: 'j***@example.com',
        first_name: 'J***',
        last_name: 'D***',
        mobile_country_code: '91',
        mobile_number: '***44',
      },
    });
    expectFreeOf(
      [JSON.stringify(events), inspect(events, { depth: 10 })],
      [...secrets, ...personal, 'jane.doe@example.com'],
    );
  });

  it('logs nothing that holds the email when the body is invalid', async () => {
    const events: CustomerClientEvent[] = [];
    const { fetch, sent } = scriptedFetch(customerResponse());
    const client = clientWith(fetch, { logger: (event) => events.push(event) });
    await expect(
      client.updateCustomer('cst_1', { ...person, first_name: 'Jane Doe', email_address: `${email}.` }),
    ).rejects.toThrow();
    expect(sent).toEqual([]);
    expect(events).toEqual([
      { type: 'failure', code: 'validation', message: expect.stringContaining('email_address') },
    ]);
    expectFreeOf([JSON.stringify(events)], [...secrets, ...personal, 'jane']);
  });

  it('a logger that throws does not break the call', async () => {
    const client = clientWith(scriptedFetch(customerResponse()).fetch, {
      logger: () => {
        throw new Error('log sink down');
      },
    });
    await expect(client.updateCustomer('cst_1', person)).resolves.toMatchObject({ object: 'customer' });
  });
});
