// Client → spec: every request the client sends, in the success scenarios and in the error
// scenarios (the mock picks the answer with `Prefer: code=…`), is validated by Prism and draws
// no violation. The client gets a fetch that passes each request to the shared Prism mock and
// records Prism's `sl-violations` header for it.
import { describe, expect, inject, it } from 'vitest';
import {
  createCustomerClient,
  JuspayAuthenticationError,
  JuspayAuthorizationError,
  JuspayInvalidRequestError,
  type UpdateCustomerBody,
} from '../src/index.js';
import { fieldRules } from './support/agreement.js';
import {
  exampleCustomerId,
  exampleMerchantId,
  form,
  parseViolations,
  requestExamples,
  responseExample,
  type Violation,
} from './support/raw-update.js';

const mockUrl = inject('prismMockUrl');

interface Seen {
  status: number;
  violations: Violation[];
  contentType: string | null;
}

/** A client whose every request is seen by Prism; `change` may alter a request on its way. */
function observedClient({ prefer, change }: { prefer?: string; change?: (headers: Headers) => void } = {}) {
  const seen: Seen[] = [];
  const client = createCustomerClient({
    apiKey: 'test_api_key',
    merchantId: exampleMerchantId,
    baseUrl: mockUrl,
    retries: 0,
    fetch: async (request) => {
      const headers = new Headers(request.headers);
      if (prefer) headers.set('prefer', prefer);
      change?.(headers);
      const response = await fetch(new Request(request, { headers }));
      seen.push({
        status: response.status,
        violations: parseViolations(response.headers.get('sl-violations')),
        contentType: request.headers.get('content-type'),
      });
      return response;
    },
  });
  return { client, seen };
}

const longest = (character: string, field: keyof typeof fieldRules) => character.repeat(fieldRules[field].maxLength);

const successScenarios: Array<{ name: string; customerId?: string; body: UpdateCustomerBody; routingId?: string }> = [
  ...requestExamples(form).map((e) => ({ name: `the document's example ${e.name}`, body: e.value })),
  {
    name: "an email with '+' and other specials",
    body: { email_address: "a+b.c_d!#$%&'*/=?^`{|}~-e@mail-x.example.co" },
  },
  {
    name: 'a mobile number with its country code',
    body: { mobile_number: '+919912346789', mobile_country_code: '91' },
  },
  {
    name: 'every field at its maximum length',
    body: {
      email_address: `${'a'.repeat(fieldRules.email_address.maxLength - '@example.com'.length)}@example.com`,
      first_name: longest('J', 'first_name'),
      last_name: longest('(', 'last_name'),
      mobile_country_code: longest('9', 'mobile_country_code'),
      mobile_number: longest('9', 'mobile_number'),
    },
  },
  { name: 'a customer id with reserved URL characters', customerId: 'a/b?c#d%e&f=g+h', body: { first_name: 'Jon' } },
  { name: 'a merchant reference as the customer id', customerId: 'customer1732614823', body: { last_name: 'Snow' } },
  { name: 'an explicit routing id', body: { first_name: 'Jon' }, routingId: 'cart_8f2e' },
];

describe('requests the client sends in success scenarios', () => {
  it.each(successScenarios)(
    '$name: 200 and no violation',
    async ({ customerId = exampleCustomerId, body, routingId }) => {
      const { client, seen } = observedClient();
      const customer = await client.updateCustomer(customerId, body, routingId ? { routingId } : {});
      expect(seen).toEqual([{ status: 200, violations: [], contentType: form }]);
      expect(customer.id).toBe(responseExample(200).id);
    },
  );
});

describe('requests the client sends in error scenarios', () => {
  const errorScenarios = [
    { status: 400, errorClass: JuspayInvalidRequestError },
    { status: 401, errorClass: JuspayAuthenticationError },
    { status: 403, errorClass: JuspayAuthorizationError },
    { status: 404, errorClass: JuspayInvalidRequestError },
  ];

  it.each(errorScenarios)('answered $status: the request itself has no violation', async ({ status, errorClass }) => {
    const { client, seen } = observedClient({ prefer: `code=${status}` });
    await expect(client.updateCustomer(exampleCustomerId, requestExamples(form)[0]!.value)).rejects.toBeInstanceOf(
      errorClass,
    );
    expect(seen).toEqual([{ status, violations: [], contentType: form }]);
  });
});

it('the recording does see a violation when a request breaks the spec (so "none" above means something)', async () => {
  const { client, seen } = observedClient({ change: (headers) => headers.delete('x-merchantid') });
  await expect(client.updateCustomer(exampleCustomerId, { first_name: 'Jon' })).rejects.toBeInstanceOf(
    JuspayInvalidRequestError,
  );
  expect(seen).toEqual([
    {
      status: 400,
      contentType: form,
      violations: [
        expect.objectContaining({ location: ['request', 'header'], message: expect.stringContaining('x-merchantid') }),
      ],
    },
  ]);
});
