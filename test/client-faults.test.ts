// Servers that misbehave, for real, on loopback: one that never answers, one that cuts the
// connection, a 502 with an HTML page, a 429 with Retry-After, truncated JSON. Each call settles
// with the right error class, quickly, and leaves no unhandled rejection behind.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createCustomerClient,
  JuspayAbortError,
  JuspayApiError,
  JuspayNetworkError,
  JuspayTimeoutError,
  JuspayUnexpectedResponseError,
  type CustomerClientOptions,
} from '../src/index.js';
import { exampleCustomer } from './support/client-fakes.js';
import { sendJson, startRecordingServer, type Handler, type RecordingServer } from './support/client-server.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function callAgainst(handler: Handler, options: Partial<CustomerClientOptions> = {}) {
  server = await startRecordingServer(handler);
  const client = createCustomerClient({
    apiKey: 'k',
    merchantId: 'm',
    baseUrl: server.url,
    retryDelayMs: 5,
    ...options,
  });
  return client.updateCustomer('cst_1', { first_name: 'Jon' });
}

const html502 =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';

describe('faults', () => {
  it('a server that never answers: JuspayTimeoutError once timeoutMs passes', async () => {
    const call = callAgainst(() => {}, { timeoutMs: 500 });
    await expect(call).rejects.toBeInstanceOf(JuspayTimeoutError);
    // Never retried: the timeout bounds the whole call.
    expect(server!.requests.length).toBeLessThanOrEqual(1);
  });

  it('a server that never answers, and the caller gives up: JuspayAbortError at once', async () => {
    server = await startRecordingServer(() => {});
    const client = createCustomerClient({ apiKey: 'k', merchantId: 'm', baseUrl: server.url });
    const controller = new AbortController();
    const call = client.updateCustomer('cst_1', { first_name: 'Jon' }, { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(JuspayAbortError);
  });

  it('a server that closes the connection: retried, then JuspayNetworkError', async () => {
    const call = callAgainst((_, response) => response.socket?.destroy(), { retries: 2 });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JuspayNetworkError);
    expect((error as JuspayNetworkError).attempts).toBe(3);
    expect(server!.requests.length).toBe(3);
  });

  it('a connection cut once, then an answer: resolves on the retry', async () => {
    const customer = await callAgainst((_, response, index) =>
      index === 0 ? response.socket?.destroy() : sendJson(response, 200, exampleCustomer),
    );
    expect(customer).toEqual(exampleCustomer);
    expect(server!.requests.length).toBe(2);
  });

  it('nobody listening: JuspayNetworkError', async () => {
    server = await startRecordingServer(() => {});
    const { url } = server;
    await server.close();
    server = undefined;
    const client = createCustomerClient({ apiKey: 'k', merchantId: 'm', baseUrl: url, retries: 1, retryDelayMs: 5 });
    await expect(client.updateCustomer('cst_1', { first_name: 'Jon' })).rejects.toBeInstanceOf(JuspayNetworkError);
  });

  it('502 with a proxy’s HTML body: retried, then JuspayUnexpectedResponseError with status 502', async () => {
    const error = await callAgainst(
      (_, response) => {
        response.writeHead(502, { 'content-type': 'text/html' });
        response.end(html502);
      },
      { retries: 1 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JuspayUnexpectedResponseError);
    const unexpected = error as JuspayUnexpectedResponseError;
    expect(unexpected.code).toBe('unexpected_response');
    expect(unexpected.status).toBe(502);
    expect(unexpected.contentType).toBe('text/html');
    expect(unexpected.attempts).toBe(2);
    expect(unexpected.problems).toEqual([`the body is not JSON (${html502.length} characters)`]);
    expect(server!.requests.length).toBe(2);
  });

  it('503 with the contract’s error body: retried, then JuspayApiError with the body', async () => {
    const body = { status: 'error', error_code: 'service_unavailable' };
    const error = await callAgainst((_, response) => sendJson(response, 503, body), { retries: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(JuspayApiError);
    expect((error as JuspayApiError).code).toBe('api_error');
    expect((error as JuspayApiError).body).toEqual(body);
    expect((error as JuspayApiError).attempts).toBe(2);
  });

  it('429 with Retry-After: 0, then 200: resolves after one retry', async () => {
    const customer = await callAgainst((_, response, index) =>
      index === 0 ? sendJson(response, 429, {}, { 'retry-after': '0' }) : sendJson(response, 200, exampleCustomer),
    );
    expect(customer).toEqual(exampleCustomer);
    expect(server!.requests.length).toBe(2);
  });

  it('429 with a Retry-After longer than the time left: JuspayApiError at once, not retried', async () => {
    const tooMany = { status: 'error', error_code: 'too_many_requests' };
    const error = await callAgainst((_, response) => sendJson(response, 429, tooMany, { 'retry-after': '30' }), {
      timeoutMs: 5_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JuspayApiError);
    expect((error as JuspayApiError).status).toBe(429);
    expect((error as JuspayApiError).retryAfterMs).toBe(30_000);
    expect(server!.requests.length).toBe(1);
  });

  it('truncated JSON with a 200: JuspayUnexpectedResponseError, not retried', async () => {
    const error = await callAgainst((_, response) => {
      const text = JSON.stringify(exampleCustomer).slice(0, 40);
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      response.end(text);
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JuspayUnexpectedResponseError);
    expect((error as JuspayUnexpectedResponseError).status).toBe(200);
    expect(server!.requests.length).toBe(1);
  });

  it('a body cut short of its Content-Length: retried as a broken connection', async () => {
    const error = await callAgainst(
      (_, response) => {
        const text = JSON.stringify(exampleCustomer);
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        response.write(text.slice(0, 40), () => response.socket?.destroy());
      },
      { retries: 1 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JuspayNetworkError);
    expect(server!.requests.length).toBe(2);
  });

  it('left no unhandled rejection', async () => {
    // Rejections are reported on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  });
});
