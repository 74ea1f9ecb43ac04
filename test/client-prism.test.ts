// The client against the shared Prism mock, which holds each request to the contract (--errors):
// a 200 resolves to the Customer; 400, 401, 403 and 404 (picked with Prism's `Prefer: code=…`,
// added by a fetch wrapper) reject with their error classes, carrying the documented bodies.
import { describe, expect, inject, it } from 'vitest';
import {
  createCustomerClient,
  JuspayAuthenticationError,
  JuspayAuthorizationError,
  JuspayInvalidRequestError,
  JuspayApiError,
  JuspayUnexpectedResponseError,
} from '../src/index.js';
import {
  errorExample,
  exampleCustomer,
  exampleCustomerId,
  exampleMerchantId,
  withHeaders,
} from './support/client-fakes.js';

const mockUrl = inject('prismMockUrl');

const clientPreferring = (prefer?: string) =>
  createCustomerClient({
    apiKey: 'test_api_key',
    merchantId: exampleMerchantId,
    baseUrl: mockUrl,
    // The retried statuses are judged on their first answer.
    retries: 0,
    ...(prefer && { fetch: withHeaders({ prefer }) }),
  });

const everyField = {
  email_address: 'a+b@example.com',
  first_name: 'Juspay',
  last_name: 'User',
  mobile_country_code: '91',
  mobile_number: '+919912346789',
};

describe('against the Prism mock', () => {
  it('200: resolves to the documented Customer (the request passed Prism’s validation)', async () => {
    const customer = await clientPreferring().updateCustomer(exampleCustomerId, everyField);
    expect(customer).toEqual(exampleCustomer);
  });

  it('200 for a customer id that needs encoding, with a routing id', async () => {
    const customer = await clientPreferring().updateCustomer(
      'a/b?c#d',
      { first_name: 'Jon' },
      { routingId: 'customer_1122' },
    );
    expect(customer.object).toBe('customer');
  });

  it.each([
    [400, JuspayInvalidRequestError, 'invalid_request'],
    [401, JuspayAuthenticationError, 'authentication'],
    [403, JuspayAuthorizationError, 'authorization'],
    [404, JuspayInvalidRequestError, 'invalid_request'],
    [429, JuspayApiError, 'api_error'],
    [500, JuspayApiError, 'api_error'],
    [502, JuspayApiError, 'api_error'],
    [503, JuspayApiError, 'api_error'],
    [504, JuspayApiError, 'api_error'],
  ] as const)('%i: rejects with %o and the documented body', async (status, errorClass, code) => {
    const error = (await clientPreferring(`code=${status}`)
      .updateCustomer(exampleCustomerId, { first_name: 'Jon' })
      .catch((e: unknown) => e)) as JuspayApiError;
    expect(error).toBeInstanceOf(errorClass);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.attempts).toBe(1);
    expect(error.body).toEqual(errorExample(status));
  });

  it('a baseUrl with a wrong path: Prism’s 404 is an unexpected answer, not a missing customer', async () => {
    const client = createCustomerClient({
      apiKey: 'test_api_key',
      merchantId: exampleMerchantId,
      baseUrl: `${mockUrl}/v2`,
    });
    const error = await client.updateCustomer(exampleCustomerId, { first_name: 'Jon' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JuspayUnexpectedResponseError);
    expect(error).toMatchObject({ code: 'unexpected_response', status: 404, attempts: 1 });
  });
});
