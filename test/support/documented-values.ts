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
