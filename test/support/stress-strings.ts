// fast-check generators of strings that stress the field rules: every printable ASCII
// character, the documented specials, `. _ + @ -` at the edges, whitespace, control characters
// (NUL among them), every line terminator some engine's `$` stops before (\n, \r, \r\n, U+0085,
// U+2028, U+2029), at the end of the value and inside it, non-ASCII letters and digits
// (including some outside the BMP, which are two UTF-16 units but one code point), and lengths
// around each field's bounds. Most strings are built near the valid shape of the field and then
// bent, because random strings are almost never valid emails. No lone surrogates: they cannot
// travel as UTF-8, so no consumer's engine ever sees one.
import fc from 'fast-check';
import type { BodyField } from './oracle.js';

const printableAscii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
const whitespace = ['\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2028', '\u2029', '\u3000'];
const controls = ['\u0000', '\u0001', '\u001b', '\u001f', '\u007f', '\u0085'];
// Letters and digits that ASCII-only rules must refuse: accented, Greek, Eastern Arabic and
// fullwidth digits, the Kelvin sign and dotted I (case folding traps), and outside the BMP a
// mathematical digit, an emoji and a CJK ideograph.
const nonAscii = ['é', 'Ω', 'ß', 'İ', '\u212a', '٣', '１', 'ａ', '\u{1d7d9}', '\u{1f600}', '\u{20000}'];
export const stressAlphabet = [...printableAscii, ...whitespace, ...controls, ...nonAscii];

/** What Python `re`, PCRE2 and Java let `$` match before, and other characters that end or split lines. */
export const lineTerminators = ['\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029'];
/** Put inside or at the end of a value: line terminators, NUL, and characters outside the BMP. */
const splitters = [...lineTerminators, '\u0000', '\u{1d7d9}', '\u{1f600}'];

const edgeCharacters = ['.', '_', '+', '@', '-', ' '];
const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const digits = [...'0123456789'];

const from = (characters: string[]) => fc.constantFrom(...characters);
const text = (characters: string[], minLength: number, maxLength: number) =>
  fc.string({ unit: from(characters), minLength, maxLength });

/**
 * Bends a string: inserts or replaces one stress character, puts an edge character first or
 * last, ends it with a line terminator (the lax forms' blind spot) or splits it with one.
 */
function bent(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const change = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), character: from(stressAlphabet) }),
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), character: from(stressAlphabet) }),
    fc.record({ kind: fc.constant('prefix' as const), at: fc.constant(0), character: from(edgeCharacters) }),
    fc.record({ kind: fc.constant('suffix' as const), at: fc.constant(0), character: from(edgeCharacters) }),
    fc.record({ kind: fc.constant('suffix' as const), at: fc.constant(0), character: from(lineTerminators) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), character: from(splitters) }),
  );
  return fc.tuple(base, fc.option(change, { freq: 2 })).map(([value, c]) => {
    if (!c) return value;
    const units = [...value];
    const at = units.length === 0 ? 0 : c.at % (units.length + 1);
    if (c.kind === 'prefix') return c.character + value;
    if (c.kind === 'suffix') return value + c.character;
    if (c.kind === 'insert') units.splice(at, 0, c.character);
    else units.splice(at, 1, c.character);
    return units.join('');
  });
}

const emailSpecials = [..."!#$%&'*+-/=?^_.{|}~`"];
const localPart = (maxLength: number) => text([...letters, ...digits, ...emailSpecials], 1, maxLength);
const domainLabel = fc
  .tuple(
    text([...letters, ...digits], 1, 1),
    text([...letters, ...digits, '-'], 0, 8),
    text([...letters, ...digits], 0, 1),
  )
  .map((parts) => parts.join(''));
const domain = fc.array(domainLabel, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const email = fc.tuple(localPart(24), domain).map(([local, host]) => `${local}@${host}`);
/** Emails whose length lands within a few characters of the maximum. */
const longEmail = (maxLength: number) =>
  fc
    .tuple(email, fc.integer({ min: -3, max: 3 }), from(letters))
    .map(([address, delta, filler]) => filler.repeat(Math.max(0, maxLength + delta - address.length)) + address);

function nearValid(field: BodyField, maxLength: number): fc.Arbitrary<string> {
  const aroundMax = (characters: string[]) => text(characters, Math.max(0, maxLength - 2), maxLength + 2);
  switch (field) {
    case 'email_address':
      return fc.oneof({ arbitrary: email, weight: 4 }, { arbitrary: longEmail(maxLength), weight: 1 });
    case 'first_name':
    case 'last_name': {
      const nameCharacters = [...letters, ...digits, ...'().-_'];
      return fc.oneof(
        { arbitrary: text(nameCharacters, 0, 12), weight: 4 },
        { arbitrary: aroundMax(nameCharacters), weight: 1 },
      );
    }
    case 'mobile_country_code':
      return fc.oneof(
        { arbitrary: text(digits, 0, 6), weight: 3 },
        { arbitrary: fc.tuple(from(['+', '']), text(digits, 0, 5)).map((p) => p.join('')), weight: 1 },
      );
    case 'mobile_number': {
      const number = fc.tuple(from(['+', '', '', '']), text(digits, 0, maxLength + 2)).map((p) => p.join(''));
      return fc.oneof({ arbitrary: number, weight: 4 }, { arbitrary: aroundMax(digits), weight: 1 });
    }
  }
}

/** Strings for one field: mostly near its valid shape and bent, some from the whole stress alphabet. */
export function stressStrings(field: BodyField, maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: bent(nearValid(field, maxLength)), weight: 6 },
    { arbitrary: text(stressAlphabet, 0, 8), weight: 2 },
    { arbitrary: text(stressAlphabet, maxLength - 2, maxLength + 3), weight: 1 },
  );
}
