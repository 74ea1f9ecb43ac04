// How a request reaches the network: the one place where the client leans on how openapi-fetch
// works inside. openapi-fetch builds each request as `new Request(url, init)` with the
// constructor given in its typed `Request` option and hands that object to its `fetch` option;
// test/client-openapi-fetch-seam.test.ts fails by name if a release stops doing so.
//
// With the global fetch, a real Request would be built twice (Node's fetch copies its input
// into a Request of its own, body stream and signal included): the client passes a stand-in
// that only keeps the URL and init, and calls fetch(url, init) once, with plain header pairs.
// Every header is added here (the fixed ones: credentials, Accept, Content-Type, User-Agent,
// x-merchantid; and the call's x-routing-id), so openapi-fetch merges no header per call. A
// caller's own fetch gets a real Request with every header, as openapi-fetch builds it.
import type { FetchFunction } from './options.js';

/** What openapi-fetch is asked to build: the URL and init it would give a Request, nothing else. */
export class PendingRequest {
  readonly method: string | undefined;

  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {
    // openapi-fetch reads it (a HEAD answer has no body to parse).
    this.method = init.method;
  }
}

export interface Transport {
  /** The openapi-fetch options this transport needs (`Request`, `headers`). */
  clientOptions: { Request?: typeof Request; headers?: Record<string, string> };
  /**
   * Whether openapi-fetch must put the operation's header parameters into the request it builds;
   * when false, `send` adds them.
   */
  needsHeaderParameters: boolean;
  /** Sends what openapi-fetch built; called from the call's own `fetch` option, with its routing id. */
  send(request: Request, routingId: string): Promise<Response>;
  /** Whether the fetch is known to stop when its signal aborts (a caller's fetch may not). */
  heedsSignal: boolean;
}

/**
 * @param fixedHeaders the headers every request of the client carries
 * @param merchantId sent as `x-merchantid`
 */
export function transportFor(
  fetch: FetchFunction | undefined,
  fixedHeaders: Record<string, string>,
  merchantId: string,
): Transport {
  if (fetch) {
    return {
      clientOptions: { headers: fixedHeaders },
      needsHeaderParameters: true,
      send: (request) => fetch(request),
      heedsSignal: false,
    };
  }
  const send = globalThis.fetch;
  const fixed: Record<string, string> = {};
  for (const [name, value] of Object.entries(fixedHeaders)) fixed[name.toLowerCase()] = value;
  fixed['x-merchantid'] = merchantId;
  return {
    clientOptions: { Request: PendingRequest as unknown as typeof Request },
    needsHeaderParameters: false,
    heedsSignal: true,
    send: (request, routingId) => {
      const { url, init } = request as unknown as PendingRequest;
      const headers: Record<string, string> = { ...fixed, 'x-routing-id': routingId };
      return send(url, { method: init.method, headers, body: init.body, signal: init.signal, redirect: init.redirect });
    },
  };
}
