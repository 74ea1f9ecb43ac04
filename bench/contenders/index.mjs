// The three contenders of the per-call contest, each built the way its users would build it
// and each answering with the Customer it received. Every call first checks its answer against
// the documented Customer once, so a contender that fails silently cannot win.
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { apiKey, customerId, documentedCustomer, merchantId, requestBody } from '../lib/fixtures.mjs';
import { createRawFetchCaller } from './raw-fetch.mjs';
import { createProjectClientCaller } from './project-client.mjs';
import { createOfficialSdkCaller } from './official-sdk.mjs';

export const contenderInfo = {
  rawFetch: { label: '(a)', name: 'hand-written fetch' },
  projectClient: { label: '(b)', name: 'this client, validation on' },
  // Only in `node bench/compare.mjs --before <ref>`: the client as it was at <ref>.
  projectClientBefore: { label: '(b, before)', name: 'this client before the change' },
  officialSdk: { label: '(c)', name: 'official SDK customer.update' },
};

/** @typedef {keyof typeof contenderInfo} ContenderKey */
/** @typedef {import('./raw-fetch.mjs').Caller} Caller */

/** @type {Record<ContenderKey, (options: { port: number }) => Caller | Promise<Caller>>} */
const builders = {
  rawFetch: ({ port }) => createRawFetchCaller({ origin: `https://127.0.0.1:${port}`, apiKey, merchantId }),
  projectClient: ({ port }) => createProjectClientCaller({ origin: `https://127.0.0.1:${port}`, apiKey, merchantId }),
  projectClientBefore: ({ port }) =>
    createProjectClientCaller({
      origin: `https://127.0.0.1:${port}`,
      apiKey,
      merchantId,
      specifier: pathToFileURL(process.env.BENCH_CLIENT_BEFORE ?? '').href,
    }),
  officialSdk: ({ port }) => createOfficialSdkCaller({ port, apiKey, merchantId }),
};

/**
 * @param {ContenderKey[]} keys
 * @param {{ port: number }} server
 * @returns {Promise<Array<{ key: string, label: string, name: string, call: () => Promise<unknown> }>>}
 */
export async function createContenders(keys, { port }) {
  /** @type {Array<{ key: string, label: string, name: string, call: () => Promise<unknown> }>} */
  const contenders = [];
  for (const key of keys) {
    const update = await builders[key]({ port });
    const answer = await update(customerId, requestBody);
    if (!isDeepStrictEqual({ .../** @type {object} */ (answer) }, documentedCustomer)) {
      throw new Error(`${contenderInfo[key].name} did not return the documented Customer`);
    }
    contenders.push({ key, ...contenderInfo[key], call: () => update(customerId, requestBody) });
  }
  return contenders;
}
