// The lint gate's pattern rules (redocly.yaml), on a copy of the project: each broken pattern
// below makes its rule, and only it, fire; a few tricky but portable, anchored patterns make
// none fire (as do the real ones: test/lint.test.ts shows zero problems on openapi/).
import { describe, expect, it } from 'vitest';
import { firedRules, lintMutated, type Mutation } from './support/lint.js';

const routingId = 'openapi/components/parameters/x-routing-id.yaml';

/**
 * Gives the x-routing-id header (its schema meets every pattern rule) a new pattern, and drops
 * its example: Redocly checks examples with JavaScript's `u` regexes, where several of these
 * constructs do not compile, and the example rule would fire beside the pattern rule.
 */
const routingIdPattern = (pattern: string): Mutation[] => [
  [routingId, /^  pattern: .*$/m, `  pattern: '${pattern.replaceAll("'", "''")}'`],
  [routingId, /^example: .*\n/m, ''],
];

const classSyntax = (name: string, pattern: string) => ({
  rule: 'rule/pattern-class-no-set-syntax',
  name,
  mutations: routingIdPattern(pattern),
});

// What the rules must not refuse: each of these is anchored and portable.
const allowed: Array<{ name: string; mutations: Mutation[] }> = [
  { name: 'a | inside a group, and inside a class', mutations: routingIdPattern('^(?:[!-~]|[|])+$') },
  {
    name: 'escaped ^ $ . + ( and a class of ( ? = . +',
    mutations: routingIdPattern('^\\^?\\$?\\.?\\+?\\(?[(?=.+]*[!-~]+$'),
  },
  { name: 'an escaped backslash before the final $', mutations: routingIdPattern('^[!-~]+\\\\$') },
  { name: 'groups three deep, lazy quantifiers', mutations: routingIdPattern('^(((?:[!-~]))+?)$') },
  {
    name: 'single & | ~ in a class, an escaped [ and an escaped - before a -',
    mutations: routingIdPattern('^[\\[&|~!-,\\--~]+$'),
  },
];

const cases: Array<{ rule: string; name: string; mutations: Mutation[] }> = [
  { rule: 'rule/pattern-anchored', name: 'no ^ and no $', mutations: routingIdPattern('[!-~]+') },
  { rule: 'rule/pattern-anchored', name: 'a $ that is escaped', mutations: routingIdPattern('^[!-~]+\\$') },
  { rule: 'rule/pattern-anchored', name: 'a | outside any group', mutations: routingIdPattern('^[!-~]+|[a-z]+$') },
  {
    rule: 'rule/pattern-anchored',
    name: 'a | between two groups',
    mutations: routingIdPattern('^(?:[!-~]+)|(?:[a-z]+)$'),
  },
  { rule: 'rule/pattern-anchored', name: 'a second ^ inside', mutations: routingIdPattern('^[!-~]+(?:^)?$') },
  { rule: 'rule/pattern-anchored', name: 'groups four deep', mutations: routingIdPattern('^((((?:[!-~]))))+$') },
  { rule: 'rule/pattern-portable', name: '\\d', mutations: routingIdPattern('^\\d+$') },
  { rule: 'rule/pattern-portable', name: '\\d in a class', mutations: routingIdPattern('^[!-~\\d]+$') },
  { rule: 'rule/pattern-portable', name: '\\p{…}', mutations: routingIdPattern('^\\p{L}+$') },
  { rule: 'rule/pattern-portable', name: '\\P{…}', mutations: routingIdPattern('^\\P{L}+$') },
  { rule: 'rule/pattern-portable', name: '\\k<…>', mutations: routingIdPattern('^(a)\\k<a>$') },
  { rule: 'rule/pattern-portable', name: '\\A', mutations: routingIdPattern('^\\A[!-~]+$') },
  { rule: 'rule/pattern-portable', name: '\\z', mutations: routingIdPattern('^[!-~]+\\z$') },
  { rule: 'rule/pattern-portable', name: '\\Z', mutations: routingIdPattern('^[!-~]+\\Z$') },
  { rule: 'rule/pattern-portable', name: '\\h', mutations: routingIdPattern('^[!-~\\h]+$') },
  { rule: 'rule/pattern-portable', name: '\\R', mutations: routingIdPattern('^[!-~]+\\R?$') },
  { rule: 'rule/pattern-portable', name: 'a backreference', mutations: routingIdPattern('^([!-~])[!-~]*\\1?$') },
  { rule: 'rule/pattern-portable', name: 'an atomic group (?>', mutations: routingIdPattern('^(?>[!-~]+)$') },
  { rule: 'rule/pattern-portable', name: 'a named group (?<name>', mutations: routingIdPattern('^(?<id>[!-~]+)$') },
  { rule: 'rule/pattern-portable', name: 'a lookbehind (?<=', mutations: routingIdPattern('^[!-~]+(?<=[!-~])$') },
  { rule: 'rule/pattern-portable', name: 'a lookahead (?=', mutations: routingIdPattern('^(?=[!-~])[!-~]+$') },
  { rule: 'rule/pattern-portable', name: 'an inline flag (?i)', mutations: routingIdPattern('^(?i)[!-~]+$') },
  { rule: 'rule/pattern-portable', name: 'a possessive quantifier', mutations: routingIdPattern('^[!-~]++$') },
  { rule: 'rule/pattern-portable', name: 'a bare dot', mutations: routingIdPattern('^[!-~].*$') },
  { rule: 'rule/pattern-no-bounded-repeat', name: '{m,n}', mutations: routingIdPattern('^[!-~]{1,128}$') },
  classSyntax('&& in a class', '^[!-~&&a]+$'),
  classSyntax('-- in a class', '^[!--~]+$'),
  classSyntax('~~ in a class', '^[!-}~~]+$'),
  classSyntax('|| in a class', '^[!-{||}~]+$'),
  classSyntax('&& after an escaped \\', '^[!-~\\\\&&a]+$'),
  classSyntax('an unescaped [ in a class', '^[[!-~]+$'),
];

describe('pattern rules', () => {
  it.concurrent.each(cases)('$rule fires alone on $name', async ({ rule, mutations }) => {
    expect(firedRules(await lintMutated(mutations))).toEqual([rule]);
  });

  it.concurrent.each(allowed)('no rule fires on $name', async ({ mutations }) => {
    expect(firedRules(await lintMutated(mutations))).toEqual([]);
  });
});
