// (a) The floor for a fetch-based client: Node's own fetch with a hand-built form body and
// headers, no validation and no error mapping beyond the status check.
/** @typedef {(customerId: string, body: Record<string, string>) => Promise<unknown>} Caller one Update Customer call */

/** @param {Record<string, string>} body @returns {string} */
export const handBuiltForm = (body) =>
  Object.entries(body)
    .map(([field, value]) => `${encodeURIComponent(field)}=${encodeURIComponent(value)}`)
    .join('&');

/**
 * @param {{ origin: string, apiKey: string, merchantId: string }} options
 * @returns {Caller}
 */
export function createRawFetchCaller({ origin, apiKey, merchantId }) {
  const authorization = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
  return async (customerId, body) => {
    const form = handBuiltForm(body);
    const response = await fetch(`${origin}/customers/${encodeURIComponent(customerId)}`, {
      method: 'POST',
      headers: {
        authorization,
        'content-type': 'application/x-www-form-urlencoded',
        'x-merchantid': merchantId,
        'x-routing-id': customerId,
      },
      body: form,
    });
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
    return response.json();
  };
}
