// How a request reaches the network. openapi-fetch builds a Request per call and hands it to
// fetch, and the global fetch then copies it into a Request of its own: a second construction
// that costs as much as the rest of the client. openapi-fetch accepts a Request constructor as
// an option, so with the global fetch the client passes one that only keeps the URL and init,
// and fetch builds the one real Request from them. A caller's own fetch gets a real Request.
import type { FetchFunction } from './options.js';

class PendingRequest {
  readonly method: string;

  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {
    this.method = init.method ?? 'GET';
  }
}

export interface Transport {
  Request?: typeof Request;
  fetch: FetchFunction;
  /** Whether the fetch is known to stop when its signal aborts (a caller's fetch may not). */
  heedsSignal: boolean;
  /**
   * How many requests have been handed to the fetch. openapi-fetch calls fetch before its first
   * await, so a call that reads this before and right after `api.POST(...)` knows whether its
   * request got that far: if not, building it threw, and nothing was sent.
   */
  handedOver: number;
}

export function transportFor(fetch: FetchFunction | undefined): Transport {
  if (fetch) {
    const transport: Transport = {
      heedsSignal: false,
      handedOver: 0,
      fetch: (request) => {
        transport.handedOver++;
        return fetch(request);
      },
    };
    return transport;
  }
  const send = globalThis.fetch;
  const transport: Transport = {
    Request: PendingRequest as unknown as typeof Request,
    heedsSignal: true,
    handedOver: 0,
    fetch: (request) => {
      transport.handedOver++;
      const pending = request as unknown as PendingRequest;
      return send(pending.url, pending.init);
    },
  };
  return transport;
}
