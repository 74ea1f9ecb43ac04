// Near-miss strings for each request field: long runs of characters the field's pattern
// accepts, shaped so that the mismatch is found only at the very end — the inputs that make
// a backtracking regex engine retry the most. Each builder returns exactly `length` characters.

/** @typedef {(length: number) => string} NearMiss builds a string of exactly `length` characters */

/** @param {string} unit @param {number} length */
const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
/** @param {string} body @param {string} tail @returns {NearMiss} */
const ending = (body, tail) => (length) => fill(body, length - tail.length) + tail;

/** @type {Record<string, NearMiss>} */
const nameNearMisses = {
  'letters, then "!"': ending('a', '!'),
  'mixed allowed characters, then a space': ending('a.(b)-c_', ' '),
};

/** @type {Record<string, Record<string, NearMiss>>} */
export const nearMisses = {
  email_address: {
    'local part of "a." runs, no "@"': ending('a.', '_'),
    'local part only, then "@"': ending('a', '@'),
    'domain label of "a-" runs, ends in "-"': (length) => `a@${fill('a-', length - 3)}-`,
    'dotted domain, last label ends in "-"': (length) => `a@${fill('a.', length - 3)}-`,
  },
  first_name: nameNearMisses,
  last_name: nameNearMisses,
  mobile_country_code: {
    'digits, then a letter': ending('9', 'a'),
  },
  mobile_number: {
    '"+" and digits, then "+"': (length) => `+${fill('9', length - 2)}+`,
    'digits, then "-"': ending('9', '-'),
  },
};
