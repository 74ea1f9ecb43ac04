// What actually reaches a server: a real node:http server on loopback records each request's
// raw path, raw header lines and raw body bytes, and the client's encoding is read back from them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { formEncode } from '../src/form.js';
import { createCustomerClient, JuspayValidationError, type CustomerClient } from '../src/index.js';
import { exampleCustomer, exampleMerchantId } from './support/client-fakes.js';
import { sendJson, startRecordingServer, type RawRequest, type RecordingServer } from './support/client-server.js';

const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

let server: RecordingServer;
let client: CustomerClient;

beforeAll(async () => {
  server = await startRecordingServer((_, response) => sendJson(response, 200, exampleCustomer));
  client = createCustomerClient({ apiKey: 'wire_key', merchantId: exampleMerchantId, baseUrl: server.url });
});

afterAll(() => server.close());

async function send(
  customerId: string,
  body: Parameters<CustomerClient['updateCustomer']>[1],
  routingId?: string,
): Promise<RawRequest> {
  const before = server.requests.length;
  await client.updateCustomer(customerId, body, routingId === undefined ? {} : { routingId });
  expect(server.requests.length).toBe(before + 1);
  return server.requests[before]!;
}

/** Header lines as sent: [name, value] pairs with the name lower-cased. */
const headerLines = (request: RawRequest) => {
  const lines: Array<[string, string]> = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2)
    lines.push([request.rawHeaders[i]!.toLowerCase(), request.rawHeaders[i + 1]!]);
  return lines;
};
const header = (request: RawRequest, name: string) =>
  headerLines(request)
    .filter(([n]) => n === name)
    .map(([, v]) => v);

it("an email with + & = % ' arrives intact, percent-encoded on the wire", async () => {
  const email = "a+b&c=d%e'f@x.com";
  const request = await send('cst_om2l6ctlptxwxuzj', { email_address: email });
  expect(request.body.toString('latin1')).toBe('email_address=a%2Bb%26c%3Dd%25e%27f%40x.com');
  expect(new URLSearchParams(request.body.toString('utf8')).get('email_address')).toBe(email);
});

it.each(['Zoë', '名字', 'emoji 😀', "+ & = % '"])('the form body keeps %j through HTTP', async (value) => {
  // No field of the contract admits non-ASCII, so the client refuses to send it; its form encoder
  // is sent the way the client sends it, to show that what it makes survives the trip.
  const before = server.requests.length;
  const response = await fetch(`${server.url}/customers/cst_1`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: formEncode({ first_name: value }),
  });
  await response.arrayBuffer();
  const { body } = server.requests[before]!;
  expect(body.every((byte) => byte < 0x80)).toBe(true);
  expect(new URLSearchParams(body.toString('utf8')).get('first_name')).toBe(value);
});

it('a+b@x.com arrives as a+b@x.com, not "a b@x.com"', async () => {
  const request = await send('cst_om2l6ctlptxwxuzj', { email_address: 'a+b@x.com', mobile_number: '+919912346789' });
  const form = new URLSearchParams(request.body.toString('utf8'));
  expect(form.get('email_address')).toBe('a+b@x.com');
  expect(form.get('mobile_number')).toBe('+919912346789');
  expect([...form.keys()]).toEqual(['email_address', 'mobile_number']);
  expect(request.body.toString('latin1')).not.toMatch(/undefined|object Object/);
});

it('the customer id a/b?c#d keeps the route', async () => {
  const request = await send('a/b?c#d', { first_name: 'Jon' });
  expect(request.method).toBe('POST');
  expect(request.rawPath).toBe('/customers/a%2Fb%3Fc%23d');
  expect(header(request, 'x-routing-id')).toEqual(['a/b?c#d']);
});

it.each([
  ['%', '/customers/%25'],
  ['cst_1%2F..', '/customers/cst_1%252F..'],
  ['...', '/customers/...'],
  ['a+b', '/customers/a%2Bb'],
])('the customer id %s is sent as %s', async (customerId, rawPath) => {
  const request = await send(customerId, { first_name: 'Jon' });
  expect(request.rawPath).toBe(rawPath);
});

it('sends each header once, with the documented values', async () => {
  const request = await send('cst_om2l6ctlptxwxuzj', { first_name: 'Jon' }, 'customer_1122');
  expect(header(request, 'authorization')).toEqual([`Basic ${Buffer.from('wire_key:').toString('base64')}`]);
  expect(header(request, 'x-merchantid')).toEqual([exampleMerchantId]);
  expect(header(request, 'x-routing-id')).toEqual(['customer_1122']);
  expect(header(request, 'content-type')).toEqual(['application/x-www-form-urlencoded']);
  expect(header(request, 'user-agent')).toEqual([`${packageJson.name}/${packageJson.version}`]);
  expect(header(request, 'content-length')).toEqual([String(request.body.length)]);
});

it('a request that cannot be built reaches no server and is not retried (the global fetch)', async () => {
  // A body that turns into a number once sending starts (untyped code): the form encoder throws.
  let sending = false;
  const body = {
    get first_name(): unknown {
      return sending ? 42 : 'Jon';
    },
  };
  const events: string[] = [];
  const logging = createCustomerClient({
    apiKey: 'wire_key',
    merchantId: exampleMerchantId,
    baseUrl: server.url,
    logger: (event) => {
      events.push(event.type);
      if (event.type === 'request') sending = true;
    },
  });
  const before = server.requests.length;
  const error = await logging.updateCustomer('cst_1', body as any).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(JuspayValidationError);
  expect(events).toEqual(['request', 'failure']);
  expect(server.requests.length).toBe(before);
});

it('a 307 to a second server is reported as its status and not followed (the key goes nowhere else)', async () => {
  const elsewhere = await startRecordingServer((_, response) => sendJson(response, 200, exampleCustomer));
  const redirecting = await startRecordingServer((_, response) => {
    response.writeHead(307, { location: `${elsewhere.url}/customers/cst_1`, 'content-length': '0' });
    response.end();
  });
  try {
    const redirected = createCustomerClient({
      apiKey: 'wire_key',
      merchantId: exampleMerchantId,
      baseUrl: redirecting.url,
    });
    const error = await redirected.updateCustomer('cst_1', { first_name: 'Jon' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unexpected_response', status: 307 });
    expect(redirecting.requests.length).toBe(1);
    expect(elsewhere.requests).toEqual([]);
  } finally {
    await Promise.all([redirecting.close(), elsewhere.close()]);
  }
});
