// A `pattern` of the document read as a finite automaton (refa: JavaScript regex → minimal
// DFA over code points, as the `u` flag reads it). The suite asks it questions instead of
// keeping hand lists: can character c stand at the start, in the middle or at the end of a
// value the rule accepts, within the length bounds? Which word of exactly n characters is the
// nearest accepted one? Which characters does every rule of the document treat alike?
import { CharSet, DFA, JS, NFA, Transformers, transform } from 'refa';

const maxCharacter = 0x10ffff;

/**
 * @typedef {object} Language
 * @property {string} pattern
 * @property {number} minLength
 * @property {number} maxLength
 * @property {(value: string) => boolean} accepts pattern and length bounds, lengths in code points
 * @property {(value: string) => boolean} matches the pattern alone
 * @property {CharSet[]} transitionSets the character sets on the DFA's edges
 * @property {(c: number, where: 'start' | 'middle' | 'end') => string | undefined} wordWith the
 *   shortest accepted word with `c` there, or undefined when no accepted word has it there
 * @property {(length: number, prefer: number[]) => string | undefined} wordOfLength an accepted
 *   word of exactly `length` characters, built greedily from the `prefer` characters first
 * @property {(length: number, prefer: number[]) => string | undefined} patternWordOfLength the same,
 *   for the pattern alone (to break only the length rule)
 */

/**
 * The pattern's DFA as plain tables: per state, its outgoing ranges. Anchored patterns only.
 * @param {string} pattern
 * @returns {{ initial: number, edges: Array<Array<{ min: number, max: number, to: number }>>, finals: Set<number>, transitionSets: CharSet[] }}
 */
function compile(pattern) {
  const parser = JS.Parser.fromLiteral({ source: pattern, flags: 'u' });
  const { expression } = parser.parse({ assertions: 'parse' });
  for (const alternative of parser.ast.pattern.alternatives) {
    const first = alternative.elements[0];
    const last = alternative.elements[alternative.elements.length - 1];
    const anchored =
      first?.type === 'Assertion' && first.kind === 'start' && last?.type === 'Assertion' && last.kind === 'end';
    // Every pattern of the document is anchored (the lint gate holds it so); an unanchored one
    // would be a search, whose language this reader does not build.
    if (!anchored) throw new Error(`pattern ${pattern} is not anchored with ^ and $ in every alternative`);
  }
  const edgesRemoved = transform(Transformers.patternEdgeAssertions({ inline: false, remove: true }), expression);
  const dfa = DFA.fromFA(NFA.fromRegex(edgesRemoved, { maxCharacter }, { assertions: 'throw' }));
  dfa.minimize();
  const nodes = [...dfa.nodes()];
  const index = new Map(nodes.map((node, i) => [node, i]));
  const edges = nodes.map((node) =>
    [...node.out].map(([range, to]) => ({ min: range.min, max: range.max, to: index.get(to) ?? -1 })),
  );
  const finals = new Set([...dfa.finals].map((node) => index.get(node) ?? -1));
  /** @type {Map<string, CharSet>} */
  const bySource = new Map();
  edges.forEach((out, from) =>
    out.forEach(({ min, max, to }) => {
      const key = `${from}>${to}`;
      const range = CharSet.fromRange(maxCharacter, { min, max });
      bySource.set(key, (bySource.get(key) ?? CharSet.empty(maxCharacter)).union(range));
    }),
  );
  return { initial: index.get(dfa.initial) ?? 0, edges, finals, transitionSets: [...bySource.values()] };
}

/** @type {Map<string, Language>} */
const languages = new Map();

/**
 * The language of a rule, built once per process for each rule (a suite asks for the same
 * patterns several times, and a process may build several suites).
 * @param {{ pattern: string, minLength?: number, maxLength?: number }} rule
 * @returns {Language}
 */
export function language({ pattern, minLength = 0, maxLength = 256 }) {
  const key = JSON.stringify([pattern, minLength, maxLength]);
  let known = languages.get(key);
  if (!known) languages.set(key, (known = buildLanguage(pattern, minLength, maxLength)));
  return known;
}

/**
 * @param {string} pattern @param {number} minLength @param {number} maxLength
 * @returns {Language}
 */
function buildLanguage(pattern, minLength, maxLength) {
  const { initial, edges, finals, transitionSets } = compile(pattern);
  /** @type {(state: number, c: number) => number} -1 is the dead state */
  const step = (state, c) => {
    if (state < 0) return -1;
    for (const edge of edges[state] ?? []) if (c >= edge.min && c <= edge.max) return edge.to;
    return -1;
  };
  /** @param {string} value */
  const matches = (value) => {
    let state = initial;
    for (const character of value) state = step(state, /** @type {number} */ (character.codePointAt(0)));
    return finals.has(state);
  };
  const lengthOf = (/** @type {string} */ value) => [...value].length;
  const accepts = (/** @type {string} */ value) =>
    lengthOf(value) >= minLength && lengthOf(value) <= maxLength && matches(value);

  // One character of each edge: enough to take every edge when any character will do.
  const anyCharacters = [...new Set(edges.flat().map((edge) => edge.min))];
  const limit = maxLength + 1;
  // canFinish[k]: the states from which some word of exactly k characters reaches a final state.
  /** @type {Set<number>[]} */
  const canFinish = [finals];
  for (let k = 1; k <= limit; k += 1) {
    const previous = /** @type {Set<number>} */ (canFinish[k - 1]);
    const next = new Set();
    edges.forEach((out, state) => out.some((edge) => previous.has(edge.to)) && next.add(state));
    canFinish.push(next);
  }
  // reached[i]: the states some word of exactly i characters leads to from the start.
  /** @type {Set<number>[]} */
  const reached = [new Set([initial])];
  for (let i = 1; i <= limit; i += 1) {
    const next = new Set();
    for (const state of /** @type {Set<number>} */ (reached[i - 1]))
      for (const edge of edges[state] ?? []) next.add(edge.to);
    reached.push(next);
  }

  /**
   * A word of exactly `length` characters, with `fixed` characters at given positions, accepted
   * by the pattern: feasibility backwards, then the preferred character at each free position.
   * @param {number} length @param {Map<number, number>} fixed @param {number[]} prefer
   */
  const build = (length, fixed, prefer) => {
    const candidates = (/** @type {number} */ position) => {
      const pinned = fixed.get(position);
      return pinned === undefined ? [...prefer, ...anyCharacters] : [pinned];
    };
    /** @type {Set<number>[]} */
    const feasible = Array.from({ length: length + 1 }, () => new Set());
    feasible[length] = finals;
    for (let position = length - 1; position >= 0; position -= 1) {
      const after = /** @type {Set<number>} */ (feasible[position + 1]);
      edges.forEach((_, state) => {
        if (candidates(position).some((c) => after.has(step(state, c)))) feasible[position]?.add(state);
      });
    }
    if (!feasible[0]?.has(initial)) return undefined;
    let state = initial;
    let word = '';
    for (let position = 0; position < length; position += 1) {
      const after = /** @type {Set<number>} */ (feasible[position + 1]);
      const c = /** @type {number} */ (candidates(position).find((x) => after.has(step(state, x))));
      word += String.fromCodePoint(c);
      state = step(state, c);
    }
    return word;
  };

  // For each state, the lengths of the words that lead to it and of the words that finish from it.
  const lengthsTo = edges.map((_, state) => reached.flatMap((set, i) => (set.has(state) ? [i] : [])));
  const lengthsFrom = edges.map((_, state) => canFinish.flatMap((set, k) => (set.has(state) ? [k] : [])));
  /** @type {Map<string, string | undefined>} */
  const memo = new Map();
  /** @type {Language['wordWith']} */
  const wordWith = (c, where) => {
    const key = `${c}:${where}`;
    if (!memo.has(key)) memo.set(key, findWordWith(c, where));
    return memo.get(key);
  };
  /** The shortest length and position at which an accepted word can hold c, then that word. */
  const findWordWith = (/** @type {number} */ c, /** @type {'start' | 'middle' | 'end'} */ where) => {
    const low = Math.max(1, minLength);
    let best = { n: Infinity, i: 0 };
    edges.forEach((_, state) => {
      const after = step(state, c);
      if (after < 0) return;
      const before = /** @type {number[]} */ (lengthsTo[state]).filter((i) =>
        where === 'start' ? i === 0 : where === 'middle' ? i > 0 : true,
      );
      const rest = /** @type {number[]} */ (lengthsFrom[after]).filter((k) =>
        where === 'end' ? k === 0 : where === 'middle' ? k > 0 : true,
      );
      // Both lists ascend: for each i, the first k that reaches the lower bound gives the
      // shortest word through this state with c at position i.
      for (const i of before) {
        if (i + 1 + /** @type {number} */ (rest[0] ?? Infinity) > maxLength || i + 1 > best.n) break;
        const k = rest.find((length) => i + 1 + length >= low);
        if (k === undefined) continue;
        const n = i + 1 + k;
        if (n > maxLength) continue;
        // Among the shortest, the position nearest the centre, so both sides carry characters.
        const better = n < best.n || (n === best.n && Math.abs(i - (n - 1) / 2) < Math.abs(best.i - (n - 1) / 2));
        if (better) best = { n, i };
      }
    });
    return best.n === Infinity ? undefined : build(best.n, new Map([[best.i, c]]), []);
  };

  return {
    pattern,
    minLength,
    maxLength,
    accepts,
    matches,
    transitionSets,
    wordWith,
    wordOfLength: (length, prefer) =>
      length < minLength || length > maxLength ? undefined : build(length, new Map(), prefer),
    patternWordOfLength: (length, prefer) => build(length, new Map(), prefer),
  };
}

/**
 * Splits all of Unicode into classes of characters that every given set treats alike (each
 * set holds a class whole or not at all): a pattern cannot tell two characters of one class
 * apart, so one representative of each class stands for all of it.
 * @param {CharSet[]} sets
 * @returns {CharSet[]}
 */
export function refine(sets) {
  let parts = [CharSet.all(maxCharacter)];
  for (const set of sets) {
    const next = [];
    for (const part of parts) {
      const inside = part.intersect(set);
      const outside = part.without(set);
      if (!inside.isEmpty) next.push(inside);
      if (!outside.isEmpty) next.push(outside);
    }
    parts = next;
  }
  return parts;
}

export { CharSet, maxCharacter };
