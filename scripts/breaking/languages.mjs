// The strings a string schema accepts (its `pattern` intersected with `minLength`/`maxLength`)
// as a finite automaton, and the comparison of two such languages: equal, one inside the
// other, or neither, each difference shown by its shortest readable example. refa turns the
// JavaScript regular expression into an automaton; JSON Schema reads patterns as ECMA-262
// with the `u` flag, unanchored, and counts lengths in code points, and so does this module.
import { CharSet, DFA, FAIterators, JS, NFA, Transformers, Words, getIntersectionIterator, transform } from 'refa';

const maxCharacter = 0x10ffff;
const anyChar = CharSet.all(maxCharacter);

/**
 * @typedef {{ pattern?: string, minLength?: number, maxLength?: number }} StringRule
 * @typedef {{ nfa: import('refa').NFA, pattern: import('refa').NFA, source?: string,
 *   min: number, max: number }} Language
 * @typedef {{ relation: 'equal' | 'wider' | 'narrower' | 'both',
 *   onlyOld?: string, onlyNew?: string }} LanguageComparison
 */

/** @param {number} min @param {number} max */
const anyOf = (min, max) => ({
  type: /** @type {const} */ ('Quantifier'),
  lazy: false,
  min,
  max,
  alternatives: [
    {
      type: /** @type {const} */ ('Concatenation'),
      elements: [{ type: /** @type {const} */ ('CharacterClass'), characters: anyChar }],
    },
  ],
});

/**
 * The automaton of a pattern under JSON Schema's search semantics: a string is accepted when the
 * pattern matches anywhere in it. Each top-level alternative becomes `[^]* alternative [^]*` on
 * its own (refa would otherwise factor the alternatives back together), so that refa can resolve
 * the `^` and `$` inside it; the union of the alternatives is the pattern. An assertion refa
 * cannot resolve is an error, never a guess.
 * @param {string} pattern
 */
function patternAutomaton(pattern) {
  let expression;
  try {
    ({ expression } = JS.Parser.fromLiteral({ source: pattern, flags: 'u' }).parse());
  } catch (error) {
    throw new Error(
      `the pattern ${JSON.stringify(pattern)} cannot be compared (${/** @type {Error} */ (error).message})`,
    );
  }
  const automata = expression.alternatives.map((alternative) => {
    /** @type {any} */
    const searched = {
      type: 'Expression',
      alternatives: [
        { type: 'Concatenation', elements: [anyOf(0, Infinity), ...alternative.elements, anyOf(0, Infinity)] },
      ],
    };
    const simplified = transform(Transformers.simplify(), searched);
    // What is left at the edges looks beyond the string: `^` and `$` (negative lookarounds) hold
    // there, a positive lookaround would need a character that is not there: refused.
    let positive = false;
    const visit = (/** @type {any} */ node) => {
      if (node.type === 'Assertion' && !node.negate) positive = true;
      for (const child of node.alternatives ?? node.elements ?? []) visit(child);
    };
    visit(simplified);
    if (positive) throw new Error(`the pattern ${JSON.stringify(pattern)} has a lookaround that cannot be compared`);
    try {
      return NFA.fromRegex(transform(Transformers.patternEdgeAssertions({ remove: true }), simplified), {
        maxCharacter,
      });
    } catch (error) {
      const reason = /** @type {Error} */ (error).message;
      throw new Error(`the pattern ${JSON.stringify(pattern)} cannot be compared (${reason})`);
    }
  });
  const [first, ...rest] = automata;
  if (!first) return NFA.empty({ maxCharacter });
  for (const other of rest) first.union(other);
  return first;
}

/** Strings of min to max code points (max may be Infinity). @param {number} min @param {number} max */
function lengthAutomaton(min, max) {
  /** @type {any} */
  const expression = { type: 'Expression', alternatives: [{ type: 'Concatenation', elements: [anyOf(min, max)] }] };
  return NFA.fromRegex(expression, { maxCharacter });
}

/** Strings of a length in aMin..aMax and outside bMin..bMax. @param {number[]} bounds */
function lengthsOutside(...bounds) {
  const [aMin, aMax, bMin, bMax] = /** @type {[number, number, number, number]} */ (bounds);
  /** @type {any[]} */
  const alternatives = [];
  if (aMin <= Math.min(aMax, bMin - 1))
    alternatives.push({ type: 'Concatenation', elements: [anyOf(aMin, Math.min(aMax, bMin - 1))] });
  if (bMax !== Infinity && Math.max(aMin, bMax + 1) <= aMax)
    alternatives.push({ type: 'Concatenation', elements: [anyOf(Math.max(aMin, bMax + 1), aMax)] });
  return NFA.fromRegex(/** @type {any} */ ({ type: 'Expression', alternatives }), { maxCharacter });
}

/** @param {StringRule} rule @returns {Language} */
export function stringLanguage({ pattern, minLength = 0, maxLength = Infinity }) {
  const patternNfa = pattern === undefined ? lengthAutomaton(0, Infinity) : patternAutomaton(pattern);
  /** @type {import('refa').NFA | undefined} */
  let nfa;
  return {
    // Built on first use: a change of lengths alone never needs the product.
    get nfa() {
      return (nfa ??= NFA.fromIntersection(patternNfa, lengthAutomaton(minLength, maxLength)));
    },
    pattern: patternNfa,
    source: pattern,
    min: minLength,
    max: maxLength,
  };
}

/** The intersection's product automaton may be large (pattern × lengths × complement); bounded all the same. */
const maxNodes = 2_000_000;

/** The shortest word of a ∩ b, as readable as refa can pick, or undefined when they are disjoint. */
function shortestCommon(/** @type {import('refa').NFA} */ a, /** @type {any} */ b) {
  const wordSet = FAIterators.shortestWordSet(getIntersectionIterator(a, b, maxNodes));
  return wordSet === undefined ? undefined : Words.fromUnicodeToString(Words.pickMostReadableWord(wordSet));
}

/**
 * The shortest readable string in `a` and not in `b`, or undefined when a ⊆ b. b is split into
 * its pattern (only that is made deterministic, and only when it differs) and its lengths (a's
 * pattern against the lengths a allows and b does not).
 * @param {Language} a @param {Language} b
 */
export function exampleOutside(a, b) {
  const candidates = [];
  if (a.source !== b.source) {
    const notPattern = DFA.fromFA(b.pattern);
    notPattern.complement();
    candidates.push(shortestCommon(a.nfa, notPattern));
  }
  if (a.min < b.min || a.max > b.max)
    candidates.push(shortestCommon(a.pattern, lengthsOutside(a.min, a.max, b.min, b.max)));
  const found = /** @type {string[]} */ (candidates.filter((word) => word !== undefined));
  found.sort((x, y) => [...x].length - [...y].length);
  return found[0];
}

/** @param {StringRule} before @param {StringRule} after @returns {LanguageComparison} */
export function compareStringRules(before, after) {
  const [old, next] = [stringLanguage(before), stringLanguage(after)];
  const onlyOld = exampleOutside(old, next);
  const onlyNew = exampleOutside(next, old);
  const relation =
    onlyOld === undefined ? (onlyNew === undefined ? 'equal' : 'wider') : onlyNew === undefined ? 'narrower' : 'both';
  return { relation, onlyOld, onlyNew };
}
