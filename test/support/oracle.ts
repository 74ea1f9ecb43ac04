// An independent reading of the field rules, written from the documentation page and the
// contract's recorded decisions as plain code over character sets and positions. It shares
// nothing with the spec's patterns: when it agrees with them on thousands of strings, the
// patterns say what the documentation says.
import {
  documentedIdMaxLength,
  documentedMaxLength,
  emailSpecialCharacters,
  nameSpecialCharacters,
} from './documented-values.js';

const asciiLetters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const asciiDigits = '0123456789';

/** "alphanumeric characters and the following special characters" (the page's list). */
const emailLocalCharacters = new Set([...asciiLetters, ...asciiDigits, ...emailSpecialCharacters]);
/** "_ and . cannot appear at the beginning or end of the local part" */
const emailLocalEdgeForbidden = new Set(['.', '_']);
/** Domain labels: letters, digits and hyphens (decision: at least two labels). */
const domainLabelCharacters = new Set([...asciiLetters, ...asciiDigits, '-']);
/** "alphanumeric characters and the following special characters" (the page's list for names). */
const nameCharacters = new Set([...asciiLetters, ...asciiDigits, ...nameSpecialCharacters]);
const digits = new Set([...asciiDigits]);

/** Lengths are counted in Unicode code points, as JSON Schema counts them. */
const codePoints = (value: string) => [...value];

function lengthWithin(value: string, min: number, max: number) {
  const length = codePoints(value).length;
  return length >= min && length <= max;
}

const allIn = (characters: string[], allowed: Set<string>) => characters.every((c) => allowed.has(c));

function isDomainLabel(label: string) {
  const characters = codePoints(label);
  return (
    characters.length > 0 &&
    allIn(characters, domainLabelCharacters) &&
    characters[0] !== '-' &&
    characters[characters.length - 1] !== '-'
  );
}

export function emailAddressIsValid(value: string): boolean {
  // The structure below already needs at least five characters (`a@b.c`).
  if (codePoints(value).length > documentedMaxLength.email_address) return false;
  const parts = value.split('@');
  if (parts.length !== 2) return false; // exactly one @
  const [local = '', domain = ''] = parts;
  const localCharacters = codePoints(local);
  if (localCharacters.length === 0 || !allIn(localCharacters, emailLocalCharacters)) return false;
  if (emailLocalEdgeForbidden.has(localCharacters[0]!)) return false;
  if (emailLocalEdgeForbidden.has(localCharacters[localCharacters.length - 1]!)) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every(isDomainLabel);
}

// first_name and last_name share one rule and one limit.
export function personNameIsValid(value: string): boolean {
  return lengthWithin(value, 1, documentedMaxLength.first_name) && allIn(codePoints(value), nameCharacters);
}

export function mobileCountryCodeIsValid(value: string): boolean {
  return lengthWithin(value, 1, documentedMaxLength.mobile_country_code) && allIn(codePoints(value), digits);
}

export function mobileNumberIsValid(value: string): boolean {
  if (!lengthWithin(value, 1, documentedMaxLength.mobile_number)) return false;
  // "We accept '+' only at prefix of the mobile number"; the rest is digits, at least one.
  const rest = value.startsWith('+') ? value.slice(1) : value;
  return rest.length > 0 && allIn(codePoints(rest), digits);
}

/** Decision: a customer id or header value is visible ASCII, `!` (0x21) to `~` (0x7E). */
const isVisibleAscii = (character: string) => character >= '!' && character <= '~';

/** A customer id, x-merchantid or x-routing-id value. */
export function identifierIsValid(value: string): boolean {
  return lengthWithin(value, 1, documentedIdMaxLength) && codePoints(value).every(isVisibleAscii);
}

export const oracle = {
  email_address: emailAddressIsValid,
  first_name: personNameIsValid,
  last_name: personNameIsValid,
  mobile_country_code: mobileCountryCodeIsValid,
  mobile_number: mobileNumberIsValid,
} as const;

export type BodyField = keyof typeof oracle;
export const bodyFields = Object.keys(oracle) as BodyField[];
