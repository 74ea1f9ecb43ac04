// A ready-to-paste curl for Update Customer, built from the document's own examples so that
// it always gets the documented 200 back from the mock.
import { exampleValue, resolveRef, updateCustomerOperation, operationPath } from './spec.mjs';

const shellQuote = (text) => `'${String(text).replace(/'/g, `'\\''`)}'`;

export function exampleCurl(spec, baseUrl) {
  const operation = updateCustomerOperation(spec);
  const pathParameter = resolveRef(spec, spec.paths[operationPath].parameters[0]);
  const header = (name) =>
    operation.parameters.map((p) => resolveRef(spec, p)).find((p) => p.name === name);
  const customerId = Object.values(pathParameter.examples)[0].value;
  const form = operation.requestBody.content['application/x-www-form-urlencoded'];
  const body = exampleValue(spec, form.examples, 'all_fields');
  const url = `${baseUrl}${operationPath.replace('{customer_id}', encodeURIComponent(customerId))}`;
  const lines = [
    `curl -sS -X POST ${shellQuote(url)}`,
    `-u ${shellQuote('YOUR_API_KEY:')}`,
    `-H ${shellQuote(`x-merchantid: ${header('x-merchantid').example}`)}`,
    `-H ${shellQuote(`x-routing-id: ${customerId}`)}`,
    // --data-urlencode percent-encodes each value, so a '+' in an email survives.
    ...Object.entries(body).map(([field, value]) => `--data-urlencode ${shellQuote(`${field}=${value}`)}`),
  ];
  return lines.join(' \\\n  ');
}
