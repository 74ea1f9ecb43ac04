// Requests broken past the client (raw fetch): Prism holds each to the spec and answers the
// spec's own 400 or 401 example, with a violation in `sl-violations` that names what broke.
// What each assertion expects is what Prism 5.14 was seen to do, so a Prism upgrade that changes
// its habits shows up here first.
import { describe, expect, inject, it } from 'vitest';
import { bodyFieldSchema, parameterSchema } from './support/bundled-schema.js';
import {
  basicAuth,
  form,
  json,
  requestExamples,
  responseExample,
  sendRawUpdate,
  type RawUpdate,
} from './support/raw-update.js';

const mockUrl = inject('prismMockUrl');

describe('the unbroken request', () => {
  it.each([form, json].flatMap((mediaType) => requestExamples(mediaType).map((e) => ({ mediaType, ...e }))))(
    'example $name as $mediaType gets 200 and no violation',
    async ({ mediaType, value }) => {
      const answer = await sendRawUpdate(mockUrl, { headers: { 'content-type': mediaType }, body: value });
      expect(answer.violations).toEqual([]);
      expect(answer.status).toBe(200);
    },
  );
});

interface BrokenCase extends RawUpdate {
  name: string;
  status: 400 | 401;
  /** The violations Prism reports, in order. */
  violations: Array<{ location: string[]; code: string | number; message?: string | RegExp }>;
}

const typeError = (field: string) => ({ location: ['request', 'body', field], code: 'type' });
const patternError = (field: string) => ({ location: ['request', 'body', field], code: 'pattern' });
const notSecured = { location: ['request'], code: 401, message: 'Invalid security scheme used' };
const unsupportedMediaType = {
  location: ['request'],
  code: 415,
  message: 'Supported content types: application/x-www-form-urlencoded,application/json',
};

// One character past the bundled document's own bounds.
const tooLongName = 'a'.repeat(bodyFieldSchema('last_name').maxLength + 1);
const tooLongCustomerId = 'c'.repeat(parameterSchema('customer_id').maxLength + 1);

const cases: BrokenCase[] = [
  {
    name: 'a name with an encoded +',
    body: 'first_name=Jo%2Bn',
    status: 400,
    violations: [patternError('first_name')],
  },
  {
    name: 'a raw + in a form email (it arrives as a space)',
    body: 'email_address=a+b@example.com',
    status: 400,
    violations: [patternError('email_address')],
  },
  {
    name: 'a mobile number with a + inside (JSON)',
    headers: { 'content-type': json },
    body: { mobile_number: '91+9912346789' },
    status: 400,
    violations: [patternError('mobile_number')],
  },
  {
    name: `a last name of ${tooLongName.length} characters (JSON)`,
    headers: { 'content-type': json },
    body: { last_name: tooLongName },
    status: 400,
    violations: [{ location: ['request', 'body', 'last_name'], code: 'maxLength' }],
  },
  {
    name: 'a country code sent as a JSON number',
    headers: { 'content-type': json },
    body: '{"mobile_country_code":91}',
    status: 400,
    violations: [typeError('mobile_country_code')],
  },
  {
    name: 'an unknown field (JSON)',
    headers: { 'content-type': json },
    body: { first_name: 'Jon', object_reference_id: 'customer1732614823' },
    status: 400,
    violations: [
      { location: ['request', 'body'], code: 'additionalProperties', message: /found 'object_reference_id'/ },
    ],
  },
  {
    name: 'an empty JSON object',
    headers: { 'content-type': json },
    body: '{}',
    status: 400,
    violations: [{ location: ['request', 'body'], code: 'minProperties' }],
  },
  {
    name: 'an empty form body',
    body: '',
    status: 400,
    violations: [{ location: ['request'], code: 'required', message: 'Body parameter is required' }],
  },
  { name: 'no Authorization header', headers: { authorization: undefined }, status: 401, violations: [notSecured] },
  {
    name: 'a Bearer token instead of Basic',
    headers: { authorization: 'Bearer test_api_key' },
    status: 401,
    violations: [notSecured],
  },
  {
    name: "Basic base64(key) without the colon (the official Node SDK's header)",
    headers: { authorization: `Basic ${Buffer.from('test_api_key').toString('base64')}` },
    status: 401,
    violations: [notSecured],
  },
  {
    name: 'no auth and a bad field: auth is checked first, both are reported',
    headers: { authorization: undefined },
    body: 'first_name=Jo%2Bn',
    status: 401,
    violations: [notSecured, patternError('first_name')],
  },
  {
    name: 'no x-merchantid header',
    headers: { 'x-merchantid': undefined },
    status: 400,
    violations: [
      {
        location: ['request', 'header'],
        code: 'required',
        message: "Request header must have required property 'x-merchantid'",
      },
    ],
  },
  {
    name: 'an x-routing-id with a space',
    headers: { 'x-routing-id': 'customer 1122' },
    status: 400,
    violations: [{ location: ['request', 'header', 'x-routing-id'], code: 'pattern' }],
  },
  {
    name: `a customer id of ${tooLongCustomerId.length} characters`,
    customerId: tooLongCustomerId,
    status: 400,
    violations: [{ location: ['request', 'path', 'customer_id'], code: 'maxLength' }],
  },
  {
    name: 'Content-Type text/plain',
    headers: { 'content-type': 'text/plain' },
    status: 400,
    violations: [unsupportedMediaType],
  },
  {
    name: 'no Content-Type (Prism cannot read the body as an object)',
    headers: { 'content-type': undefined },
    status: 400,
    violations: [{ location: ['request', 'body'], code: 'type', message: 'Request body must be object' }],
  },
];

describe('a request broken past the client', () => {
  it.each(cases)('$name → $status', async ({ name: _, status, violations, ...request }) => {
    const answer = await sendRawUpdate(mockUrl, request);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual(responseExample(status));
    expect(answer.violations).toEqual(
      violations.map(({ message, ...rest }) =>
        expect.objectContaining({
          ...rest,
          severity: 'Error',
          ...(message === undefined
            ? {}
            : { message: typeof message === 'string' ? message : expect.stringMatching(message) }),
        }),
      ),
    );
  });

  it('a well-formed Basic header with any key passes Prism (only a real server knows the key)', async () => {
    const answer = await sendRawUpdate(mockUrl, { headers: { authorization: basicAuth('any-key-at-all') } });
    expect(answer.status).toBe(200);
  });
});
