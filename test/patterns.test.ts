// Every pattern compiles as a JavaScript `u` regex (Prism silently stops validating a body when
// one does not) and is proven free of catastrophic backtracking by recheck's automaton checker.
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { allPatterns } from './support/bundled-schema.js';

const patterns = allPatterns();

describe('patterns in the bundled document', () => {
  it('finds the patterns of all five body fields and the three parameters', () => {
    expect(patterns.filter((p) => p.where.includes('/components/schemas/')).length).toBeGreaterThanOrEqual(4);
    expect(patterns.filter((p) => p.where.includes('/components/parameters/')).length).toBe(3);
  });

  it.each(patterns)('$where compiles with the u flag', ({ pattern }) => {
    expect(() => new RegExp(pattern, 'u')).not.toThrow();
  });

  it.each(patterns)('$where is proven linear by the automaton checker', async ({ pattern }) => {
    const result = await check(pattern, '', { checker: 'automaton', timeout: 10_000 });
    expect(result).toMatchObject({ status: 'safe', checker: 'automaton' });
    if (result.status === 'safe') expect(['safe', 'constant', 'linear']).toContain(result.complexity.type);
  });

  it('the checker does flag a backtracking pattern (so a pass above means something)', async () => {
    const result = await check('^(?:[a-z]+)+@x$', '', { checker: 'automaton', timeout: 10_000 });
    expect(result.status).toBe('vulnerable');
  });
});
