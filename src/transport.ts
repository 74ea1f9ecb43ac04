// How a request reaches the network: the one place where the client leans on how openapi-fetch
// works inside. openapi-fetch builds each request as `new Request(url, init)` with the
// constructor given in its typed `Request` option and hands that object to its `fetch` option;
// test/client-openapi-fetch-seam.test.ts fails by name if a release stops doing so.
//
// With the global fetch, a real Request would be built twice (Node's fetch copies its input
// into a Request of its own, body stream and signal included): the client passes a stand-in
// that only keeps the URL and init, and calls fetch(url, init) once, with plain header pairs.
// The fixed headers (credentials, Accept, Content-Type, User-Agent) are added here, so
// openapi-fetch merges only the operation's own header parameters per call. A caller's own
// fetch gets a real Request with every header, as openapi-fetch builds it.
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
  /** Sends what openapi-fetch built; used as its per-call `fetch` option. */
  send(request: Request): Promise<Response>;
  /** Whether the fetch is known to stop when its signal aborts (a caller's fetch may not). */
  heedsSignal: boolean;
}

/** The header parameters of the operation: openapi-fetch puts them in the init it builds. */
const operationHeaders = ['x-merchantid', 'x-routing-id'] as const;

export function transportFor(fetch: FetchFunction | undefined, fixedHeaders: Record<string, string>): Transport {
  if (fetch) return { clientOptions: { headers: fixedHeaders }, send: fetch, heedsSignal: false };
  const send = globalThis.fetch;
  const fixed: Record<string, string> = {};
  for (const [name, value] of Object.entries(fixedHeaders)) fixed[name.toLowerCase()] = value;
  return {
    clientOptions: { Request: PendingRequest as unknown as typeof Request },
    heedsSignal: true,
    send: (request) => {
      const { url, init } = request as unknown as PendingRequest;
      const built = init.headers as Headers;
      const headers: Record<string, string> = { ...fixed };
      for (const name of operationHeaders) {
        const value = built.get(name);
        if (value !== null) headers[name] = value;
      }
      return send(url, { method: init.method, headers, body: init.body, signal: init.signal, redirect: init.redirect });
    },
  };
}
