// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
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

/** The pre-send validator the client runs, as a yes/no on one body. */
export async function loadProjectValidator() {
  const { validateUpdateCustomerBody } = await import(projectClientPackage.importSpecifier);
  return (body) => validateUpdateCustomerBody(body).valid;
}
