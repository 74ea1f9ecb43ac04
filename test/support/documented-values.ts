// What the published documentation page says, as data: example values it shows and values it
// says are a Bad Request. The tests hold the bundled schema to these, so this file restates
// the documentation, never the spec's patterns.

export const documentedExamples = {
  email_address: ['customer@gmail.com'],
  first_name: ['Juspay', 'Jon'],
  last_name: ['User', 'Snow'],
  mobile_country_code: ['91'],
  mobile_number: ['+919912346789', '97675789476', '9988776644'],
} as const;

/** Characters the page allows in an email address besides letters and digits. */
export const emailSpecialCharacters = [..."!#$%&'*+-/=?^_.{|}~`"];
/** Characters the page allows in a name besides letters and digits. */
export const nameSpecialCharacters = [...'().-_'];
/** "We will throw Bad Request error when the following special characters are used". */
export const nameRejectedCharacters = [...'+!<>?;:@%`&*$^{}/\\,='];
/** Special characters in a mobile number that the page says are a Bad Request. */
export const mobileRejectedCharacters = [...'?/`~@#%^,&*()_-=\\{}'];

/**
 * Length limits in characters, as the contract's recorded decisions fix them: "the length limits
 * come from the server's legacy data model (names 64, email 128, mobile 16) and are advisory
 * there, binding here"; a country code is "digits only, 1..4". Each field is at least 1 long.
 */
export const documentedMaxLength = {
  email_address: 128,
  first_name: 64,
  last_name: 64,
  mobile_country_code: 4,
  mobile_number: 16,
} as const;

/**
 * A customer id is "1..128 characters" (the recorded decisions); the contract gives the
 * x-merchantid and x-routing-id headers the same bound (its decisions: "customer ids and header
 * values are 1–128 visible ASCII characters").
 */
export const documentedIdMaxLength = 128;
