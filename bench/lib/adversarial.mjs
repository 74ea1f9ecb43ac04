// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
// Near-miss strings for each request field: long runs of characters the field's pattern
// accepts, shaped so that the mismatch is found only at the very end — the inputs that make
// a backtracking regex engine retry the most. Each builder returns exactly `length` characters.

const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const ending = (body, tail) => (length) => fill(body, length - tail.length) + tail;

const nameNearMisses = {
  'letters, then "!"': ending('a', '!'),
  'mixed allowed characters, then a space': ending('a.(b)-c_', ' '),
};

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
