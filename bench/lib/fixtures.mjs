// What every contender sends and what the loopback server answers, all taken from the bundled
// document's own examples, so the benchmark exercises the documented call and nothing else.
import {
  exampleValue,
  loadBundledSpec,
  resolveRef,
  updateCustomerOperation,
  operationPath,
} from '../../scripts/lib/spec.mjs';

const spec = loadBundledSpec();
const operation = updateCustomerOperation(spec);
const pathParameter = resolveRef(spec, spec.paths[operationPath].parameters[0]);
const formExamples = operation.requestBody.content['application/x-www-form-urlencoded'].examples;
const okResponse = resolveRef(spec, operation.responses['200']).content['application/json'];

export const customerId = Object.values(pathParameter.examples)[0].value;
export const requestBody = exampleValue(spec, formExamples, 'all_fields');
/** Every documented request example: the valid bodies the validator is timed on. */
export const validBodies = Object.keys(formExamples).map((name) => exampleValue(spec, formExamples, name));
export const documentedCustomer = exampleValue(spec, okResponse.examples, 'customer_updated');
export const merchantId = 'bench_merchant';
/** A made-up key: the benchmark's output is checked never to contain it. */
export const apiKey = 'bench_key_7f3c9a1e5d2b4f60';
/** The request fields and their schemas, read from the document for the validation section. */
export const bodySchema = spec.components.schemas.UpdateCustomerBody;
export const fieldSchemas = Object.fromEntries(
  Object.entries(bodySchema.properties).map(([field, node]) => [field, resolveRef(spec, node)]),
);
