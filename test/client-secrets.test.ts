// The API key and personal data stay out of everything a caller might print or ship to a log:
// error messages and stacks, JSON.stringify and util.inspect of the client and of every error,
// and the optional logger's events. Without a logger, the client writes nothing at all.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCustomerClient, JuspayError, type CustomerClientEvent, type CustomerClientOptions } from '../src/index.js';
import { customerResponse, errorExample, headersOf, jsonResponse, scriptedFetch } from './support/client-fakes.js';

const apiKey = 'sk_live_SECRET1234567890';
const encodedKey = Buffer.from(`${apiKey}:`).toString('base64');
const email = 'jane.doe+vip@example.com';
const mobile = '9988776644';
const person = { email_address: email, first_name: 'Janeprivate', last_name: 'Doeprivate', mobile_country_code: '91', mobile_number: mobile };
const personal = [email, 'jane.doe', mobile, 'Janeprivate', 'Doeprivate'];
const secrets = [apiKey, encodedKey, 'SECRET1234567890'];

function clientWith(fetch: CustomerClientOptions['fetch'], options: Partial<CustomerClientOptions> = {}) {
  return createCustomerClient({ apiKey, merchantId: 'merchant-id', baseUrl: 'http://127.0.0.1:9', fetch, retryDelayMs: 1, ...options });
}

/** Every way an error or a client is commonly turned into text. */
function renderings(value: unknown): string[] {
  const texts = [JSON.stringify(value), inspect(value, { depth: 10, showHidden: true }), String(value)];
  if (value instanceof Error) texts.push(value.message, value.stack ?? '');
  return texts;
}

function expectFreeOf(texts: string[], forbidden: string[]) {
  for (const text of texts) for (const word of forbidden) expect(text).not.toContain(word);
}

async function failureOf(fetch: CustomerClientOptions['fetch'], body: any = person, options: Partial<CustomerClientOptions> = {}) {
  try {
    await clientWith(fetch, options).updateCustomer('cst_1', body);
  } catch (error) {
    expect(error).toBeInstanceOf(JuspayError);
    return error as JuspayError;
  }
  return expect.unreachable('the call resolved');
}

// A fetch that fails the way a careless one might: with the whole Request (and its
// Authorization header) attached to the error.
const leakyFetch = async (request: Request): Promise<Response> => {
  throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { request, headers: headersOf(request.headers) }) });
};

describe('the API key', () => {
  it('is not in JSON.stringify, util.inspect or String of the client', () => {
    const client = clientWith(scriptedFetch(customerResponse()).fetch);
    expectFreeOf(renderings(client), secrets);
    expect(inspect(client)).toContain('CustomerClient');
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({ merchantId: 'merchant-id', baseUrl: 'http://127.0.0.1:9' });
  });

  it.each([
    ['validation', () => failureOf(scriptedFetch(customerResponse()).fetch, { email_address: `${email} ` })],
    ['invalid_request', () => failureOf(scriptedFetch(jsonResponse(errorExample(400), 400)).fetch)],
    ['authentication', () => failureOf(scriptedFetch(jsonResponse(errorExample(401), 401)).fetch)],
    ['authorization', () => failureOf(scriptedFetch(jsonResponse(errorExample(403), 403)).fetch)],
    ['api_error', () => failureOf(scriptedFetch(jsonResponse({}, 503)).fetch)],
    ['network (a fetch that attaches the Request to its error)', () => failureOf(leakyFetch)],
    ['timeout', () => failureOf(() => new Promise(() => {}), person, { timeoutMs: 20 })],
    ['unexpected_response', () => failureOf(scriptedFetch(new Response(`{"echo":"${email}`, { status: 200 })).fetch)],
  ])('is not in a %s error, nor is personal data', async (_, fail) => {
    const error = await fail();
    expectFreeOf(renderings(error), [...secrets, ...personal]);
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
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(chunk), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (writes.push(chunk), true));
    await clientWith(scriptedFetch(customerResponse()).fetch).updateCustomer('cst_1', person);
    await failureOf(scriptedFetch(jsonResponse({}, 503)).fetch);
    await failureOf(scriptedFetch(customerResponse()).fetch, { ...person, first_name: 'Jane Doe' });
    vi.restoreAllMocks();
    expect(writes).toEqual([]);
  });

  it('gives the logger request, retry, response and failure events with personal data masked', async () => {
    const events: CustomerClientEvent[] = [];
    const { fetch } = scriptedFetch(jsonResponse({}, 503), customerResponse());
    await clientWith(fetch, { logger: (event) => events.push(event) }).updateCustomer('jane.doe@example.com', person);
    expect(events.map((event) => event.type)).toEqual(['request', 'response', 'retry', 'request', 'response']);
    expect(events[0]).toEqual({
      type: 'request',
      attempt: 1,
      customerId: 'ja***',
      fields: { email_address: 'j***@example.com', first_name: 'J***', last_name: 'D***', mobile_country_code: '91', mobile_number: '***44' },
    });
    expectFreeOf([JSON.stringify(events), inspect(events, { depth: 10 })], [...secrets, ...personal, 'jane.doe@example.com']);
  });

  it('logs nothing that holds the email when the body is invalid', async () => {
    const events: CustomerClientEvent[] = [];
    const { fetch, sent } = scriptedFetch(customerResponse());
    const client = clientWith(fetch, { logger: (event) => events.push(event) });
    await expect(client.updateCustomer('cst_1', { ...person, first_name: 'Jane Doe', email_address: `${email}.` })).rejects.toThrow();
    expect(sent).toEqual([]);
    expect(events).toEqual([{ type: 'failure', code: 'validation', message: expect.stringContaining('email_address') }]);
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
