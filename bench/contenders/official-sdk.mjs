// (c) Juspay's official SDK, expresscheckout-nodejs, calling customer.update exactly as its
// README shows, with its logging turned off the way its README documents.
//
// The SDK cannot reach a server on a non-default port: it passes `URL.host` ("localhost:PORT")
// to https.request as the host name, which Node then resolves through dns.lookup and fails
// with ENOTFOUND. To route around that without touching anything the SDK builds (path,
// headers, body, TLS settings), dns.lookup in this process answers that one malformed name
// with 127.0.0.1; every other name goes to the real resolver. The connection then goes to
// the port the SDK also passes. `localhost` (not 127.0.0.1) is used because Node takes the TLS
// server name from the Host header, which it builds as "localhost:PORT:PORT" here: that yields
// "localhost", which the throwaway certificate names; an IP would leave "127.0.0.1:PORT" to
// check against the certificate, which nothing can match.
// The SDK trusts only the default CAs, so the process runs with NODE_EXTRA_CA_CERTS set to the
// throwaway certificate; TLS verification stays on.
import dns from 'node:dns';

/** @typedef {(error: null, address: unknown, family?: number) => void} LookupCallback */

/** @param {string} malformedHost */
function answerLoopbackFor(malformedHost) {
  const realLookup = dns.lookup;
  /**
   * dns.lookup's signature: (hostname, [options], callback).
   * @this {unknown}
   * @param {[hostname: string, options: unknown, callback?: LookupCallback]} args
   */
  function lookup(...args) {
    const [hostname, options, callback] = args;
    if (hostname !== malformedHost) return realLookup.apply(this, /** @type {any} */ (args));
    const done = /** @type {LookupCallback} */ (typeof options === 'function' ? options : callback);
    const all = typeof options === 'object' && options !== null && /** @type {{ all?: boolean }} */ (options).all;
    process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)));
  }
  dns.lookup = /** @type {typeof dns.lookup} */ (/** @type {unknown} */ (lookup));
}

/**
 * @param {{ port: number, apiKey: string, merchantId: string }} options
 * @returns {Promise<import('./raw-fetch.mjs').Caller>}
 */
export async function createOfficialSdkCaller({ port, apiKey, merchantId }) {
  answerLoopbackFor(`localhost:${port}`);
  // Imported only now: at import the SDK reads package.json from the working directory (the
  // repository root here) and throws when there is none.
  const { Juspay } = await import('expresscheckout-nodejs');
  // Without this the SDK logs every request body (email, phone) to the console and to
  // logs/juspay-sdk.log in the working directory.
  Juspay.customLogger = () => Juspay.silentLogger;
  const juspay = new Juspay({ apiKey, merchantId, baseUrl: `https://localhost:${port}` });
  return async (customerId, body) => {
    // The SDK adds the raw HTTP details under `http`; the rest is the Customer.
    const { http, ...customer } = await juspay.customer.update(customerId, body);
    return customer;
  };
}
