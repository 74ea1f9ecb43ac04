// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
// (a) The floor for a fetch-based client: Node's own fetch with a hand-built form body and
// headers, no validation and no error mapping beyond the status check.
export const handBuiltForm = (body) =>
  Object.entries(body)
    .map(([field, value]) => `${encodeURIComponent(field)}=${encodeURIComponent(value)}`)
    .join('&');

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
