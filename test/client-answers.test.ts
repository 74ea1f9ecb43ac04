// The call's edges as a caller meets them, with an injected fetch: which input is refused and
// how, what each answer the contract does not describe is reported as, how timestamps are handed
// back, and that a caller's signal keeps no listener of the client's once a call is over.
import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerClientEvent } from '../src/events.js';
import type { JuspayUnexpectedResponseError, JuspayValidationError } from '../src/errors.js';
import { createCustomerClient } from '../src/index.js';
import { ruleErrors } from '../src/schema-check.js';
import { normalizeTimestamp } from '../src/timestamps.js';
import {
  clientWith,
  customerResponse,
  exampleCustomer,
  exampleCustomerId,
  jsonResponse,
  rejection,
  scriptedFetch,
} from './support/client-fakes.js';

const body = { first_name: 'Jon' };

describe('input refused before sending', () => {
  const issuesOf = async (customerId: string, options?: Record<string, unknown>) => {
    const { fetch, sent } = scriptedFetch(customerResponse());
    const error = await rejection(clientWith(fetch).updateCustomer(customerId, body, options as never));
    expect(sent).toEqual([]);
    return (error as JuspayValidationError).issues;
  };

  it.each(['.', '..'])('a customer id of %j cannot be addressed by a URL', async (customerId) => {
    expect(await issuesOf(customerId)).toEqual([
      {
        field: 'customer_id',
        rule: 'dotSegment',
        message: 'customer_id cannot be "." or ".." (a URL resolves them as path steps)',
      },
    ]);
  });

  it('a bad customer id is reported once, not again as the routing id it defaults to', async () => {
    expect((await issuesOf('a b')).map((issue) => issue.field)).toEqual(['customer_id']);
  });

  it('a bad routing id given with a bad customer id is reported too', async () => {
    expect((await issuesOf('a b', { routingId: 'r s' })).map((issue) => issue.field)).toEqual([
      'customer_id',
      'x-routing-id',
    ]);
  });

  it.each([
    ['null', null],
    ['a plain object', {}],
    ['an object with aborted only', { aborted: false }],
    ['an object with addEventListener only', { addEventListener: () => {} }],
    ['a string', 'signal'],
  ])('a signal that is %s is refused', async (_, signal) => {
    expect(await issuesOf(exampleCustomerId, { signal })).toEqual([
      { field: 'signal', rule: 'type', message: 'signal must be an AbortSignal' },
    ]);
  });
});

describe('answers the contract does not describe', () => {
  const problemsOf = async (answer: Response) => {
    const error = await rejection(
      clientWith(scriptedFetch(answer).fetch, { retries: 0 }).updateCustomer('cst_1', body),
    );
    expect(error.code).toBe('unexpected_response');
    return (error as JuspayUnexpectedResponseError).problems;
  };

  it.each([
    ['an empty 200', new Response('', { status: 200 }), ['the body is empty']],
    ['a 200 that is not JSON', new Response('<html>', { status: 200 }), ['the body is not valid JSON (6 characters)']],
    ['a 200 whose JSON is an array', jsonResponse([]), ['the body must be an object']],
    ['a 201', jsonResponse(exampleCustomer, 201), ['HTTP 201 is not the documented success status 200']],
    [
      'a 300',
      new Response('', { status: 300 }),
      ['HTTP 300 is a redirect, which the client does not follow (it would resend the API key)'],
    ],
    ['an empty 500', new Response('', { status: 500 }), ['the body is empty']],
    [
      'an empty 502 with Content-Length: 0',
      new Response('', { status: 502, headers: { 'content-length': '0' } }),
      ['the body is empty'],
    ],
  ])('%s', async (_, answer, problems) => {
    expect(await problemsOf(answer)).toEqual(problems);
  });

  it.each([
    ['date_created', { date_created: 'yesterday' }],
    ['last_updated', { last_updated: 'yesterday' }],
    ['juspay.client_auth_token_expiry', { juspay: { client_auth_token: 't', client_auth_token_expiry: 'soon' } }],
  ])('a %s that is not a timestamp', async (where, overrides) => {
    expect(await problemsOf(customerResponse(overrides))).toEqual([`${where} is not a timestamp`]);
  });
});

describe('timestamps', () => {
  it.each([
    ['2016-08-02T08:07:52+0000', '2016-08-02T08:07:52Z'],
    ['2016-08-02T08:07:52+00:00', '2016-08-02T08:07:52Z'],
    ['2016-08-02T08:07:52+0030', '2016-08-02T08:07:52+00:30'],
    ['2016-08-02T08:07:52+0500', '2016-08-02T08:07:52+05:00'],
    ['2016-08-02T08:07:52-0000', '2016-08-02T08:07:52Z'],
    // Past what is surely a date and time, Date.parse decides (it reads hour 24 as the next midnight).
    ['2016-08-02T24:00:00Z', '2016-08-02T24:00:00Z'],
  ])('%s is handed back as %s', (value, normalized) => {
    expect(normalizeTimestamp(value)).toBe(normalized);
  });
});

describe('the schema check on shapes the contract does not use yet', () => {
  it('checks an array without an items schema by its type alone', () => {
    expect(ruleErrors({ type: 'array' }, [1, 'a'])).toEqual([]);
  });

  it('applies object keywords to objects only', () => {
    expect(ruleErrors({ minProperties: 1, required: ['a'] }, 5)).toEqual([]);
    expect(ruleErrors({ minProperties: 1, required: ['a'] }, 'text')).toEqual([]);
  });
});

describe('what the client leaves behind', () => {
  it('no timer keeping the process alive once a call without a signal is over', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    // Calls share deadline groups only when the client sends with the global fetch.
    vi.stubGlobal('fetch', async () => customerResponse());
    try {
      const client = createCustomerClient({ apiKey: 'k', merchantId: 'm', baseUrl: 'http://127.0.0.1:9' });
      const before = timers();
      await Promise.all([client.updateCustomer('cst_1', body), client.updateCustomer('cst_2', body)]);
      await client.updateCustomer('cst_3', body);
      expect(timers()).toBe(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('no listener on the caller’s signal once a call is over, however many calls used it', async () => {
    const controller = new AbortController();
    const client = clientWith(scriptedFetch(customerResponse()).fetch);
    for (let i = 0; i < 3; i++) await client.updateCustomer('cst_1', body, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('the logged duration of an answer is the time the attempt took', async () => {
    const events: CustomerClientEvent[] = [];
    const client = clientWith(scriptedFetch(customerResponse()).fetch, { logger: (event) => events.push(event) });
    const started = performance.now();
    await client.updateCustomer('cst_1', body);
    const took = performance.now() - started;
    const response = events.find((event) => event.type === 'response');
    expect(response).toMatchObject({ type: 'response', attempt: 1, status: 200 });
    expect((response as { durationMs: number }).durationMs).toBeGreaterThanOrEqual(0);
    expect((response as { durationMs: number }).durationMs).toBeLessThanOrEqual(Math.ceil(took));
  });
});
