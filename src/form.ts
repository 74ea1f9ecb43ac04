// application/x-www-form-urlencoded, as the contract documents the body. URLSearchParams
// percent-encodes everything but letters, digits and `*-._` (so `+ & = % '` and non-ASCII
// arrive intact); undefined fields are left out rather than sent as the text "undefined".

export function formEncode(body: unknown): string {
  if (body === null || typeof body !== 'object') throw new TypeError('a form body must be an object of fields');
  const form = new URLSearchParams();
  for (const field of Object.keys(body)) {
    const value = (body as Record<string, unknown>)[field];
    if (value === undefined) continue;
    // Validation admits only strings; this guards against "[object Object]" reaching the wire.
    if (typeof value !== 'string') throw new TypeError(`${field} must be a string to be form-encoded`);
    form.append(field, value);
  }
  return form.toString();
}
