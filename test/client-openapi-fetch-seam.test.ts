// The one assumption the client makes about openapi-fetch beyond its documented options
// (src/transport.ts): each request is built as `new Request(url, init)` with the constructor in
// the typed `Request` option, the init holding the method, a Headers object with the
// operation's header parameters, the serialized body, the signal and `redirect`, and that very
// object is what reaches the per-call `fetch` option. If an openapi-fetch release changes this,
// these tests fail by name; src/transport.ts is the only file to adapt.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import type { paths } from '../generated/types.js';
import { formEncode } from '../src/form.js';
import { PendingRequest, transportFor } from '../src/transport.js';

const baseUrl = 'https://api.example.test';
const call = {
  params: { path: { customer_id: 'a/b' }, header: { 'x-merchantid': 'merchant', 'x-routing-id': 'route' } },
  body: { first_name: 'Jon', last_name: undefined },
  parseAs: 'text' as const,
};

describe('openapi-fetch seam', () => {
  it('openapi-fetch builds each request as new Request(url, init) with the Request option, and hands that object to fetch', async () => {
    const built: PendingRequest[] = [];
    class Recording extends PendingRequest {
      constructor(url: string, init: RequestInit) {
        super(url, init);
        built.push(this);
      }
    }
    const handed: unknown[] = [];
    const signal = new AbortController().signal;
    const api = createClient<paths>({
      baseUrl,
      Request: Recording as unknown as typeof Request,
      bodySerializer: formEncode,
      redirect: 'manual',
    });
    const { data } = await api.POST('/customers/{customer_id}', {
      ...call,
      signal,
      fetch: async (request: Request) => {
        handed.push(request);
        return new Response('{}', { status: 200 });
      },
    });
    expect(data).toBe('{}');
    expect(built.length).toBe(1);
    expect(handed).toEqual([built[0]]);
    const [{ url, init }] = built as [PendingRequest];
    expect(url).toBe(`${baseUrl}/customers/a%2Fb`);
    expect(init.method).toBe('POST');
    expect(init.body).toBe('first_name=Jon');
    expect(init.signal).toBe(signal);
    expect(init.redirect).toBe('manual');
    expect(init.headers).toBeInstanceOf(Headers);
    expect((init.headers as Headers).get('x-merchantid')).toBe('merchant');
    expect((init.headers as Headers).get('x-routing-id')).toBe('route');
  });

  it('openapi-fetch never calls fetch when the body cannot be serialized (a request that cannot be built is not sent)', async () => {
    let fetched = false;
    const api = createClient<paths>({
      baseUrl,
      Request: PendingRequest as unknown as typeof Request,
      bodySerializer: formEncode,
    });
    const sending = api.POST('/customers/{customer_id}', {
      ...call,
      body: { first_name: 42 as unknown as string },
      fetch: async () => {
        fetched = true;
        return new Response('{}');
      },
    });
    await expect(sending).rejects.toThrow(TypeError);
    expect(fetched).toBe(false);
  });

  it('the transport sends that URL and init with the global fetch once, adding every header itself', async () => {
    const sent: [string, RequestInit][] = [];
    const real = globalThis.fetch;
    globalThis.fetch = async (url, init) => {
      sent.push([String(url), init!]);
      return new Response('{}');
    };
    try {
      const transport = transportFor(
        undefined,
        { Authorization: 'Basic eDo=', Accept: 'application/json' },
        'merchant',
      );
      expect(transport).toMatchObject({ needsHeaderParameters: false, heedsSignal: true });
      const signal = new AbortController().signal;
      await transport.send(
        new PendingRequest(`${baseUrl}/customers/x`, {
          method: 'POST',
          // What openapi-fetch built is not read: the transport sends the headers it was given.
          headers: new Headers({ 'content-type': 'application/json', 'x-routing-id': 'stale' }),
          body: 'a=b',
          signal,
          redirect: 'manual',
        }) as unknown as Request,
        'route',
      );
      expect(sent).toEqual([
        [
          `${baseUrl}/customers/x`,
          {
            method: 'POST',
            headers: {
              authorization: 'Basic eDo=',
              accept: 'application/json',
              'x-merchantid': 'merchant',
              'x-routing-id': 'route',
            },
            body: 'a=b',
            signal,
            redirect: 'manual',
          },
        ],
      ]);
    } finally {
      globalThis.fetch = real;
    }
  });

  it("a caller's fetch gets the Request openapi-fetch builds, with the fixed headers as openapi-fetch's headers option", async () => {
    const handed: Request[] = [];
    const transport = transportFor(
      async (request) => {
        handed.push(request);
        return new Response('{}');
      },
      { Accept: 'application/json' },
      'merchant',
    );
    expect(transport).toMatchObject({
      clientOptions: { headers: { Accept: 'application/json' } },
      needsHeaderParameters: true,
      heedsSignal: false,
    });
    const request = new Request(`${baseUrl}/customers/x`);
    await transport.send(request, 'route');
    expect(handed).toEqual([request]);
  });
});
