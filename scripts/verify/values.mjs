// Values for one string rule (pattern, minLength, maxLength), both ways, found by asking the
// rule's automaton rather than kept as lists: for each class of characters the document's
// rules tell apart, a value with it at the start, in the middle and at the end — accepted where
// the rule allows it there, refused where it does not — and the values at, just inside and just
// outside each length bound. Where it can, a value is the field's example with one character
// put in, so that it looks like what a client sends; else the automaton's shortest word.
import { CharSet, maxCharacter, refine } from './automaton.mjs';

/** @typedef {import('./automaton.mjs').Language} Language */
/**
 * @typedef {object} CharacterClass
 * @property {string} character the representative sent
 * @property {string} label how a case name speaks of it
 * @property {boolean} special ASCII punctuation: each one is tried on its own
 */
/** @typedef {{ name: string, value: string, accepted: boolean, rule: 'pattern' | 'length' }} ValueCase */

const show = (/** @type {string} */ text) => JSON.stringify(text);
const cp = (/** @type {string} */ c) => /** @type {number} */ (c.codePointAt(0));
const range = (/** @type {string} */ from, /** @type {string} */ to) =>
  CharSet.fromRange(maxCharacter, { min: cp(from), max: cp(to) });
const chars = (/** @type {string} */ text) => CharSet.fromCharacters(maxCharacter, [...text].map(cp));

/**
 * Kinds of characters a server treats differently even where a pattern does not: letters by
 * case, digits, whitespace and control characters one by one (a trailing line feed is what
 * `$` lets through in Python, Java and PCRE; `trim()` removes a no-break space), and non-ASCII
 * text of a few kinds (Unicode digits are what `\d` matches outside JavaScript; an emoji is
 * four bytes in UTF-8, which some databases refuse). Each kind lists the characters it may be
 * shown by; the seed picks one.
 */
const kinds = [
  { set: range('A', 'Z'), label: 'an uppercase letter', pick: 'AQZ' },
  { set: range('a', 'z'), label: 'a lowercase letter', pick: 'amz' },
  { set: range('0', '9'), label: 'a digit', pick: '059' },
  { set: chars(' '), label: 'a space', pick: ' ' },
  { set: chars('\t'), label: 'a tab', pick: '\t' },
  { set: chars('\n'), label: 'a line feed', pick: '\n' },
  { set: chars('\r'), label: 'a carriage return', pick: '\r' },
  { set: chars('\0'), label: 'a NUL character', pick: '\0' },
  { set: range('\x01', '\x1f'), label: 'a control character', pick: '\x01\x07\x1b\x1f' },
  { set: chars('\x7f'), label: 'DEL', pick: '\x7f' },
  { set: chars('\xa0'), label: 'a no-break space', pick: '\xa0' },
  { set: range('\xc0', '\u024f'), label: 'a Latin letter with an accent', pick: 'éßñÅœ' },
  { set: range('\u0660', '\u0669'), label: 'an Arabic-Indic digit', pick: '٣٠٩' },
  { set: chars('\u2028'), label: 'a line separator', pick: '\u2028' },
  { set: range('\u{1f300}', '\u{1faff}'), label: 'an emoji (outside the BMP)', pick: '😀🎉🚀' },
];
/** ASCII punctuation, each character a kind of its own where a rule allows it. */
const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'].map((c) => ({ set: chars(c), label: show(c), pick: c }));

/**
 * The character classes of a set of rules: Unicode split by every rule's automaton edges and
 * by the kinds above, one representative each (chosen by `random` where a kind offers several).
 * With `eachPunctuation`, every ASCII punctuation character is a class of its own (to try each
 * special character a rule allows); without, punctuation is split only as the rules split it
 * (to try each class a rule refuses). Characters of no kind and no rule's interest (most of
 * Unicode) are represented by the kinds above.
 * @param {Language[]} languages
 * @param {() => number} random in [0, 1)
 * @param {{ eachPunctuation?: boolean }} [options]
 * @returns {CharacterClass[]}
 */
export function characterClasses(languages, random, { eachPunctuation = false } = {}) {
  const all = eachPunctuation ? [...punctuation, ...kinds] : kinds;
  const ascii = CharSet.fromRange(maxCharacter, { min: 0x21, max: 0x7e });
  const splitters = [...languages.flatMap((l) => l.transitionSets), ...all.map((k) => k.set)];
  /** @type {CharacterClass[]} */
  const classes = [];
  for (const part of refine(splitters)) {
    const kind = all.find((k) => part.isSubsetOf(k.set));
    const picks = kind
      ? [...kind.pick].filter((c) => part.has(cp(c)))
      : [...part.intersect(ascii).characters()].map((c) => String.fromCodePoint(c));
    // A part that is neither a kind nor visible ASCII is the rest of Unicode: the kinds show it.
    if (!picks.length) continue;
    const character = /** @type {string} */ (picks[Math.floor(random() * picks.length)]);
    const label = kind
      ? kind.label
      : picks.length > 1
        ? `${show(character)} (or any of ${show(picks.join(''))})`
        : show(character);
    classes.push({ character, label, special: !kind || punctuation.includes(kind) });
  }
  return classes;
}

/** Where a character goes into an example: first, inside its longest run of letters and digits, last. */
function insertAt(/** @type {string} */ example, /** @type {string} */ character, /** @type {string[]} */ places) {
  const units = [...example];
  let best = { start: 0, length: 0 };
  for (let i = 0, start = 0; i <= units.length; i += 1) {
    if (i < units.length && /[A-Za-z0-9]/.test(/** @type {string} */ (units[i]))) continue;
    if (i - start > best.length) best = { start, length: i - start };
    start = i + 1;
  }
  const middle = best.start + Math.floor(best.length / 2);
  const out = [...units];
  // From the end backwards, so earlier indexes stay valid.
  if (places.includes('end')) out.splice(out.length, 0, character);
  if (places.includes('middle')) out.splice(middle, 0, character);
  if (places.includes('start')) out.splice(0, 0, character);
  return out.join('');
}

const placeWords = { start: 'at the start', middle: 'in the middle', end: 'at the end' };
/** @param {string[]} places */
const describePlaces = (places) => {
  const words = places.map((p) => /** @type {Record<string, string>} */ (placeWords)[p]);
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
    : /** @type {string} */ (words[0]);
};

/**
 * @param {object} rule
 * @param {string} rule.field how case names call the value, e.g. `first_name`
 * @param {Language} rule.language
 * @param {string} rule.example a value the document gives for it
 * @param {CharacterClass[]} rule.allowedClasses classes tried where the rule allows them (each
 *   punctuation character on its own)
 * @param {CharacterClass[]} rule.refusedClasses classes tried where the rule refuses them
 * @param {Array<'start' | 'middle' | 'end'>} [rule.places] where characters are tried
 * @returns {ValueCase[]}
 */
export function valueCases({
  field,
  language,
  example,
  allowedClasses,
  refusedClasses,
  places = ['start', 'middle', 'end'],
}) {
  if (!language.accepts(example)) throw new Error(`the document's example for ${field} breaks its own rule`);
  /** @type {ValueCase[]} */
  const cases = [];
  const seen = new Set();
  const add = (/** @type {ValueCase} */ valueCase) => {
    if (seen.has(valueCase.value)) return;
    if (language.accepts(valueCase.value) !== valueCase.accepted) {
      throw new Error(
        `${field}: the value for "${valueCase.name}" is ${valueCase.accepted ? 'refused' : 'accepted'} by the rule`,
      );
    }
    seen.add(valueCase.value);
    cases.push(valueCase);
  };
  const exampleCharacters = [...new Set([...example].map(cp))];

  const allowedIn = (/** @type {string} */ character) =>
    places.filter((where) => language.wordWith(cp(character), where) !== undefined);
  for (const { character, label } of allowedClasses) {
    const c = cp(character);
    const allowed = allowedIn(character);
    // One value with the character in every place it is allowed when the rule takes that;
    // else one value per place.
    if (allowed.length) {
      const together = insertAt(example, character, allowed);
      if (language.accepts(together)) {
        add({
          name: `${field}: ${label} ${describePlaces(allowed)}`,
          value: together,
          accepted: true,
          rule: 'pattern',
        });
      } else {
        for (const where of allowed) {
          const inserted = insertAt(example, character, [where]);
          const value = language.accepts(inserted) ? inserted : /** @type {string} */ (language.wordWith(c, where));
          add({ name: `${field}: ${label} ${placeWords[where]}`, value, accepted: true, rule: 'pattern' });
        }
      }
    }
  }
  for (const { character, label } of refusedClasses) {
    const allowed = allowedIn(character);
    for (const where of places.filter((p) => !allowed.includes(p))) {
      add({
        name: `${field}: ${label} ${placeWords[where]}`,
        value: insertAt(example, character, [where]),
        accepted: false,
        rule: 'pattern',
      });
    }
  }

  const { minLength, maxLength } = language;
  const grown = (/** @type {number} */ length) => {
    const units = [...example];
    const first = /** @type {string} */ (units[0]);
    return length >= units.length ? first.repeat(length - units.length) + example : undefined;
  };
  // The example grown to a length where the pattern takes that, else the automaton's word.
  const nearest = (/** @type {number} */ length, /** @type {boolean} */ patternOnly) => {
    const fromExample = grown(length);
    if (fromExample && (patternOnly ? language.matches(fromExample) : language.accepts(fromExample)))
      return fromExample;
    return patternOnly
      ? language.patternWordOfLength(length, exampleCharacters)
      : language.wordOfLength(length, exampleCharacters);
  };
  if (minLength > 0) add({ name: `${field}: empty`, value: '', accepted: false, rule: 'length' });
  const shortest = language.wordOfLength(Math.max(1, minLength), exampleCharacters);
  if (shortest)
    add({
      name: `${field}: ${[...shortest].length} character${[...shortest].length === 1 ? '' : 's'} (the shortest allowed)`,
      value: shortest,
      accepted: true,
      rule: 'length',
    });
  const longest = nearest(maxLength, false);
  if (longest)
    add({ name: `${field}: ${maxLength} characters (the maximum)`, value: longest, accepted: true, rule: 'length' });
  const tooLong = nearest(maxLength + 1, true);
  if (tooLong)
    add({
      name: `${field}: ${maxLength + 1} characters (one over the maximum)`,
      value: tooLong,
      accepted: false,
      rule: 'length',
    });
  if (minLength > 1) {
    const tooShort = language.patternWordOfLength(minLength - 1, exampleCharacters);
    if (tooShort)
      add({
        name: `${field}: ${minLength - 1} characters (one under the minimum)`,
        value: tooShort,
        accepted: false,
        rule: 'length',
      });
  }
  return cases;
}
