// (b) This project's client as its users get it: imported by the package's own name, which the
// `exports` map of package.json resolves to dist/ (what `npm run build` emits; run.mjs rebuilds
// it first when src/ or generated/ is newer). Its defaults are kept, so validation is on.
export const projectClientPackage = {
  name: 'juspay-update-customer (this client)',
  importSpecifier: 'juspay-update-customer',
  // What an application that uses the client imports (the bundle's entry).
  entry: "export { createCustomerClient } from 'juspay-update-customer';",
  packageFolder: '',
};

/**
 * @param {{ origin: string, apiKey: string, merchantId: string, specifier?: string }} options `specifier`: where to
 *   import the client from; the package itself by default
 * @returns {Promise<import('./raw-fetch.mjs').Caller>}
 */
export async function createProjectClientCaller({
  origin,
  apiKey,
  merchantId,
  specifier = projectClientPackage.importSpecifier,
}) {
  const { createCustomerClient } = await import(specifier);
  const client = createCustomerClient({ apiKey, merchantId, baseUrl: origin });
  return (customerId, body) => client.updateCustomer(customerId, body);
}

/**
 * The pre-send validator the client runs, as a yes/no on one body.
 * @returns {Promise<(body: unknown) => boolean>}
 */
export async function loadProjectValidator() {
  const { validateUpdateCustomerBody } = await import(projectClientPackage.importSpecifier);
  return (body) => validateUpdateCustomerBody(body).valid;
}
