// The recording server itself: the exact request passes, and each kind of wrong request (a byte, a header,
// an extra field, the credentials, a retry, a request that should never be sent) is caught and named,
// without the API key ever appearing in a verdict.
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generatedDir } from '../scripts/lib/paths.mjs';
import { startProcess } from '../scripts/lib/run.mjs';
import { startRecordingServer } from '../scripts/sdks/recording-server.mjs';

const file = JSON.parse(readFileSync(path.join(generatedDir, 'wire-vectors.json'), 'utf8'));
const vector = file.vectors.find((v: { name: string }) => v.name === 'routing-id-given');
const routingIdAbsent = file.vectors.find((v: { name: string }) => v.name === 'routing-id-absent');
const rejected = file.vectors.find((v: { request: unknown }) => v.request === null);
const apiKey: string = file.credentials.apiKey;

let server: Awaited<ReturnType<typeof startRecordingServer>>;
let scopes = 0;
beforeAll(async () => {
  server = await startRecordingServer({ vectors: file });
});
afterAll(() => server?.close());

interface Raw {
  method?: string;
  path?: string;
  headers?: Record<string, string | string[]>;
  body?: string;
}

/** Sends raw bytes in a scope of its own; resolves to the answer and the verdict. */
async function send(change: (raw: Required<Raw>) => Raw = (raw) => raw, times = 1) {
  const scope = `case${++scopes}`;
  const { method, path: target, headers, body } = vector.request;
  const raw = change({ method, path: target, headers: { ...headers }, body });
  let status = 0;
  let text = '';
  for (let i = 0; i < times; i++) {
    ({ status, text } = await rawRequest(`/s/${scope}/v/${vector.name}${raw.path}`, raw));
  }
  return { status, text, verdict: server.verdict(vector.name, scope) };
}

function rawRequest(target: string, raw: Raw): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${target}`, { method: raw.method, headers: raw.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.on('error', reject);
    request.end(raw.body === undefined ? undefined : Buffer.from(raw.body, 'latin1'));
  });
}

it('the exact request passes and gets the canned answer', async () => {
  const { status, text, verdict } = await send();
  expect(verdict).toEqual({ received: true, ok: true, count: 1, differences: [] });
  expect(status).toBe(vector.response.status);
  expect(text).toBe(vector.response.body);
});

it('a wrong byte in the body is caught, with where it is', async () => {
  const { verdict } = await send((raw) => ({ ...raw, body: raw.body.replace('%40', '@') }));
  expect(verdict.ok).toBe(false);
  expect(verdict.differences).toEqual([expect.stringMatching(/^body: differs at byte 22 .*%40.*@/)]);
});

it('an extra field in the body is caught', async () => {
  const { verdict } = await send((raw) => ({ ...raw, body: `${raw.body}&object_reference_id=x` }));
  const longer = /^body: differs at byte (\d+) \(expected (\d+) bytes, got (\d+)\)/;
  expect(verdict.differences).toEqual([expect.stringMatching(longer)]);
});

it.each(['x-merchantid', 'x-routing-id', 'authorization', 'content-type'])('a missing %s is caught', async (name) => {
  const without = (headers: Record<string, string | string[]>) =>
    Object.fromEntries(Object.entries(headers).filter(([n]) => n !== name));
  const { verdict } = await send((raw) => ({ ...raw, headers: without(raw.headers) }));
  expect(verdict.differences).toContain(`${name}: missing`);
});

it('a header sent twice, another value, a JSON content type and a wrong path are caught', async () => {
  const { verdict } = await send((raw) => ({
    ...raw,
    path: raw.path.replace('cst_', 'cst%5F'),
    headers: {
      ...raw.headers,
      'x-routing-id': ['a', 'b'],
      'x-merchantid': 'other',
      'content-type': 'application/json',
    },
  }));
  expect(verdict.differences).toEqual([
    expect.stringMatching(/^path: expected \/customers\/cst_\S+, got \/customers\/cst%5F/),
    'x-merchantid: expected merchant-id, got other',
    'x-routing-id: sent 2 times',
    'content-type: expected application/x-www-form-urlencoded, got application/json',
  ]);
});

it.each([
  ['no colon', Buffer.from(apiKey).toString('base64'), 'have no ":"'],
  ['a password', Buffer.from(`${apiKey}:secret`).toString('base64'), 'the password is not empty'],
  ['another user', Buffer.from('other:').toString('base64'), 'the user is not the API key'],
])('credentials with %s are caught, and the key is never echoed', async (_, credentials, message) => {
  const authorization = `Basic ${credentials}`;
  const { verdict } = await send((raw) => ({ ...raw, headers: { ...raw.headers, authorization } }));
  expect(verdict.differences).toEqual([expect.stringContaining(message)]);
  expect(JSON.stringify(verdict)).not.toContain(apiKey);
  expect(JSON.stringify(verdict)).not.toContain(credentials);
});

it('an optional header may be left out or sent with its value, but no other value', async () => {
  const customerId: string = routingIdAbsent.input.customerId;
  const verdicts = [];
  for (const routing of [undefined, customerId, 'customer_1122']) {
    const { method, path: target, headers, body } = routingIdAbsent.request;
    const scope = `optional${++scopes}`;
    const sent = { ...headers, ...(routing && { 'x-routing-id': routing }) };
    await rawRequest(`/s/${scope}/v/${routingIdAbsent.name}${target}`, { method, headers: sent, body });
    verdicts.push(server.verdict(routingIdAbsent.name, scope).differences);
  }
  expect(verdicts).toEqual([[], [], [`x-routing-id: expected none or ${customerId}, got customer_1122`]]);
});

it('a second request (a retry) is caught', async () => {
  const { verdict } = await send(undefined, 2);
  expect(verdict).toMatchObject({ received: true, ok: false, count: 2 });
  expect(verdict.differences).toEqual(['2 requests arrived; exactly one is expected (retries disabled)']);
});

it('a vector that must not be sent shows received: false until something arrives, and then fails', async () => {
  expect(server.verdict(rejected.name, 'never')).toEqual({ received: false, ok: true, count: 0, differences: [] });
  const { status } = await rawRequest(`/s/sent/v/${rejected.name}/customers/x`, { method: 'POST', body: 'a=b' });
  expect(status).toBe(418);
  expect(server.verdict(rejected.name, 'sent')).toMatchObject({ received: true, ok: false, count: 1 });
});

it('serves verdicts over HTTP, and a vector that was never called reads "no request arrived"', async () => {
  const { status, text } = await rawRequest(`/s/http/__verdict/${vector.name}`, { method: 'GET' });
  expect(status).toBe(200);
  expect(JSON.parse(text)).toEqual({ received: false, ok: false, count: 0, differences: ['no request arrived'] });
  expect((await rawRequest('/v/no-such-vector/customers/x', { method: 'POST' })).status).toBe(418);
  expect(JSON.parse((await rawRequest('/__verdict/no-such-vector', { method: 'GET' })).text).differences).toEqual([
    'no vector is named no-such-vector',
  ]);
});

it('runs as a CLI: prints its URL and serves until stopped', async () => {
  const server = await startProcess(process.execPath, ['scripts/sdks/recording-server.mjs'], {
    name: 'the recording server',
    ready: /listening on (http:\/\/127\.0\.0\.1:\d+)/,
  });
  try {
    const verdict = await (await fetch(`${server.match[1]}/__verdict/${vector.name}`)).json();
    expect(verdict.received).toBe(false);
  } finally {
    await server.stop();
  }
});
