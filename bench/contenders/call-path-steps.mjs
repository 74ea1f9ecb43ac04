// From (a) towards (b), one layer at a time, to show what each layer a fetch-based client adds
// costs per call: a signal, a per-call deadline, a Request built before fetch, openapi-fetch
// with its defaults, and finally this client. Every step sends the same request (URL, headers, form
// body) and resolves to the parsed Customer.
import createClient from 'openapi-fetch';
import { apiKey, customerId, merchantId, requestBody } from '../lib/fixtures.mjs';
import { createProjectClientCaller } from './project-client.mjs';
import { createRawFetchCaller, handBuiltForm } from './raw-fetch.mjs';

/**
 * @param {{ port: number }} server
 * @returns {Promise<Array<{ label: string, name: string, call: () => Promise<unknown> }>>}
 */
export async function createCallPathSteps({ port }) {
  const origin = `https://127.0.0.1:${port}`;
  const url = `${origin}/customers/${encodeURIComponent(customerId)}`;
  const authorization = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
  const headers = {
    authorization,
    'content-type': 'application/x-www-form-urlencoded',
    'x-merchantid': merchantId,
    'x-routing-id': customerId,
  };
  /** @param {AbortSignal} signal @returns {RequestInit} */
  const init = (signal) => ({ method: 'POST', headers, body: handBuiltForm(requestBody), signal });
  // A per-call deadline, as a client with a timeout needs: an AbortController and a timer.
  /**
   * @template T
   * @param {(signal: AbortSignal) => Promise<T>} send
   */
  const withDeadline = async (send) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      return await send(controller.signal);
    } finally {
      clearTimeout(timer);
    }
  };
  const rawFetch = createRawFetchCaller({ origin, apiKey, merchantId });
  /** @type {import('openapi-fetch').Client<import('../../generated/types.ts').paths>} */
  const openapiFetch = createClient({
    baseUrl: origin,
    bodySerializer: /** @type {(body: unknown) => string} */ (handBuiltForm),
    headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
  });
  const projectClient = await createProjectClientCaller({ origin, apiKey, merchantId });

  /** @type {Array<[name: string, call: () => Promise<unknown>]>} */
  const steps = [
    ['(a) fetch(url, init)', () => rawFetch(customerId, requestBody)],
    [
      '+ an AbortSignal given to fetch (a new AbortController per call)',
      async () => (await fetch(url, init(new AbortController().signal))).json(),
    ],
    [
      '+ a timer per call that would abort it (a per-call deadline)',
      () => withDeadline(async (signal) => (await fetch(url, init(signal))).json()),
    ],
    [
      '+ a Request object built first, then fetch(request)',
      () => withDeadline(async (signal) => (await fetch(new Request(url, init(signal)))).json()),
    ],
    [
      'openapi-fetch POST instead (same request, parsed as text)',
      () =>
        withDeadline(async (signal) => {
          const { data } = await openapiFetch.POST('/customers/{customer_id}', {
            params: {
              path: { customer_id: customerId },
              header: { 'x-merchantid': merchantId, 'x-routing-id': customerId },
            },
            body: requestBody,
            parseAs: 'text',
            signal,
          });
          return JSON.parse(/** @type {string} */ (data));
        }),
    ],
    ['(b) this client (adds its checks of input and answer)', () => projectClient(customerId, requestBody)],
  ];
  return steps.map(([name, call], index) => ({ label: `step ${index + 1}`, name, call }));
}
