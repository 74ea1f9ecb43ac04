// The spec obeys the API's documentation: every documented example is accepted and every
// documented rejection is rejected, by a JSON Schema 2020-12 validator on the bundled file.
import { describe, expect, it } from 'vitest';
import { acceptsField, bodyFieldSchema, parameterSchema, schemaValidator } from './support/bundled-schema.js';
import {
  documentedExamples,
  documentedIdMaxLength,
  documentedMaxLength,
  emailSpecialCharacters,
  mobileRejectedCharacters,
  nameRejectedCharacters,
  nameSpecialCharacters,
} from './support/documented-values.js';

const names = ['first_name', 'last_name'] as const;

describe('documented examples are accepted', () => {
  for (const [field, values] of Object.entries(documentedExamples)) {
    it.each(values)(`${field} = %s`, (value) => {
      expect(acceptsField(field, value)).toBe(true);
    });
  }

  it('accepts a body with all five documented fields at once', () => {
    const body = Object.fromEntries(Object.entries(documentedExamples).map(([f, v]) => [f, v[0]]));
    expect(schemaValidator('UpdateCustomerBody')(body).valid).toBe(true);
  });

  it.each(emailSpecialCharacters)('accepts %s inside the local part of an email', (char) => {
    expect(acceptsField('email_address', `ab${char}cd@example.com`)).toBe(true);
  });

  for (const field of names) {
    it.each(nameSpecialCharacters)(`accepts %s in ${field}`, (char) => {
      expect(acceptsField(field, `Jo${char}n`)).toBe(true);
      expect(acceptsField(field, char)).toBe(true);
    });
  }
});

describe('documented rejections are rejected', () => {
  for (const field of names) {
    it.each(nameRejectedCharacters)(`rejects %s in ${field}, in the middle and at either end`, (char) => {
      expect(acceptsField(field, `Jo${char}n`)).toBe(false);
      expect(acceptsField(field, `${char}Jon`)).toBe(false);
      expect(acceptsField(field, `Jon${char}`)).toBe(false);
    });
  }

  it.each(mobileRejectedCharacters)('rejects %s in mobile_number', (char) => {
    expect(acceptsField('mobile_number', `99887${char}76644`)).toBe(false);
    expect(acceptsField('mobile_number', `${char}9988776644`)).toBe(false);
    expect(acceptsField('mobile_number', `9988776644${char}`)).toBe(false);
  });

  it.each(['99+88776644', '9988776644+', '+91+9988776644', '++919912346789', '+'])(
    'rejects a + that is not a single leading one: %s',
    (value) => {
      expect(acceptsField('mobile_number', value)).toBe(false);
    },
  );

  it.each(['abcd', '9a', '+91', 'IN', ''])('rejects mobile_country_code %j', (value) => {
    expect(acceptsField('mobile_country_code', value)).toBe(false);
  });

  it.each([
    '.customer@gmail.com',
    'customer.@gmail.com',
    '_customer@gmail.com',
    'customer_@gmail.com',
    '.@gmail.com',
    '_@gmail.com',
  ])('rejects . or _ at either end of the local part: %s', (value) => {
    expect(acceptsField('email_address', value)).toBe(false);
  });
});

describe('decisions on what the documentation leaves open', () => {
  it.each(['Jon Snow', "O'Brien", 'José', 'Ωmega', ' Jon', 'Jon\n'])('rejects the name %j', (value) => {
    expect(acceptsField('first_name', value)).toBe(false);
    expect(acceptsField('last_name', value)).toBe(false);
  });

  it.each([
    'user@localhost',
    'user@@gmail.com',
    'user@gm@il.com',
    'user@-gmail.com',
    'user@gmail-.com',
    'user@gmail..com',
    'user@.gmail.com',
    'user@gmail.com.',
    'us er@gmail.com',
    'usér@gmail.com',
    'user@gmail.com\n',
  ])('rejects the email %j', (value) => {
    expect(acceptsField('email_address', value)).toBe(false);
  });

  it.each(['a.b@gmail.com', 'a..b@gmail.com', 'a_b@sub.gmail.co.in', 'a@b.c', 'x@my-host.example'])(
    'accepts the email %j',
    (value) => {
      expect(acceptsField('email_address', value)).toBe(true);
    },
  );

  it('treats the documented "10 digits" as advice: 1 to the documented maximum pass', () => {
    const max = documentedMaxLength.mobile_number;
    expect(acceptsField('mobile_number', '1')).toBe(true);
    expect(acceptsField('mobile_number', '9'.repeat(max))).toBe(true);
    expect(acceptsField('mobile_number', `+${'9'.repeat(max - 1)}`)).toBe(true);
    expect(acceptsField('mobile_number', '9'.repeat(max + 1))).toBe(false);
  });

  it.each(Object.entries(documentedMaxLength))("%s: the spec's maxLength is the documented %i", (field, max) => {
    expect(bodyFieldSchema(field).maxLength).toBe(max);
  });

  it.each(['customer_id', 'x-merchantid', 'x-routing-id'])("%s: the spec's maxLength is the documented one", (name) => {
    expect(parameterSchema(name).maxLength).toBe(documentedIdMaxLength);
  });

  it('binds the legacy length limits: names, email and country code at their documented maximum', () => {
    const { first_name: name, email_address: email, mobile_country_code: countryCode } = documentedMaxLength;
    expect(acceptsField('first_name', 'a'.repeat(name))).toBe(true);
    expect(acceptsField('first_name', 'a'.repeat(name + 1))).toBe(false);
    expect(acceptsField('last_name', '')).toBe(false);
    const domain = '@gmail.com';
    expect(acceptsField('email_address', 'a'.repeat(email - domain.length) + domain)).toBe(true);
    expect(acceptsField('email_address', 'a'.repeat(email + 1 - domain.length) + domain)).toBe(false);
    expect(acceptsField('mobile_country_code', '1'.repeat(countryCode))).toBe(true);
    expect(acceptsField('mobile_country_code', '1'.repeat(countryCode + 1))).toBe(false);
  });

  it('needs at least one field and refuses unknown ones', () => {
    const validate = schemaValidator('UpdateCustomerBody');
    expect(validate({}).valid).toBe(false);
    expect(validate({ object_reference_id: 'x' }).valid).toBe(false);
    expect(validate({ first_name: 'Jon', options: { get_client_auth_token: true } }).valid).toBe(false);
  });

  it('refuses non-string values', () => {
    expect(acceptsField('mobile_country_code', 91)).toBe(false);
    expect(acceptsField('first_name', null)).toBe(false);
  });
});

describe('the Customer response', () => {
  const validateCustomer = schemaValidator('Customer');
  const recorded = {
    id: 'cst_5iu9kci8tbxvne0s',
    object: 'customer',
    object_reference_id: 'adsfbgj56764e',
    mobile_country_code: '91',
    mobile_number: '8220265687',
    email_address: 'm.kyu@btau.com',
    first_name: 'tra',
    last_name: 'baap',
    date_created: '2019-06-18T07:09:34Z',
    last_updated: '2019-06-18T07:17:22Z',
  };

  it('accepts the recorded real answer, and null names and email', () => {
    expect(validateCustomer(recorded).valid).toBe(true);
    expect(validateCustomer({ ...recorded, email_address: null, first_name: null, last_name: null }).valid).toBe(true);
  });

  it.each(['id', 'object', 'object_reference_id', 'mobile_number', 'date_created', 'last_updated'])(
    'requires %s',
    (field) => {
      const { [field]: _dropped, ...rest } = recorded as Record<string, unknown>;
      expect(validateCustomer(rest).valid).toBe(false);
    },
  );

  it('says id, not customer_id, and object is always "customer"', () => {
    const { id, ...rest } = recorded;
    expect(validateCustomer({ ...rest, customer_id: id }).valid).toBe(false);
    expect(validateCustomer({ ...recorded, object: 'order' }).valid).toBe(false);
  });

  it('lets Juspay add fields (clients must ignore unknown ones)', () => {
    expect(
      validateCustomer({
        ...recorded,
        juspay: { client_auth_token: 'tkn', client_auth_token_expiry: '2019-06-18T07:32:22Z' },
        new_field: 1,
      }).valid,
    ).toBe(true);
  });
});
