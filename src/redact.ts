// What the optional logger may see of personal data: enough to recognise a record, never the
// whole email address, mobile number, name or a customer id that may be one of them. The one
// masking module of the project: it imports nothing, so a plain .mjs can load it from
// dist/src/redact.js (or as `juspay-update-customer/redact`).

const hidden = '***';

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email[0]}${hidden}${email.slice(at)}` : hidden;
}

/** The last two digits only: enough to tell numbers apart in a log, too few to call. */
export function maskMobileNumber(number: string): string {
  return number.length > 4 ? `${hidden}${number.slice(-2)}` : hidden;
}

export function maskName(name: string): string {
  return name.length > 0 ? `${name[0]}${hidden}` : hidden;
}

/** Juspay's own ids (`cst_…`) are shown; a merchant's reference may be an email or a phone number. */
export function maskCustomerId(id: string): string {
  return /^cst_[A-Za-z0-9]+$/.test(id) ? id : `${id.slice(0, 2)}${hidden}`;
}

const maskers: Record<string, (value: string) => string> = {
  email_address: maskEmail,
  mobile_number: maskMobileNumber,
  first_name: maskName,
  last_name: maskName,
};

/** The body with every personal field masked (fields with no masker, like the country code, shown). */
export function maskBody(body: Readonly<Record<string, unknown>>): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [field, value] of Object.entries(body)) {
    if (typeof value !== 'string') continue;
    const mask = Object.hasOwn(maskers, field) ? maskers[field] : undefined;
    masked[field] = mask ? mask(value) : field === 'mobile_country_code' ? value : hidden;
  }
  return masked;
}
