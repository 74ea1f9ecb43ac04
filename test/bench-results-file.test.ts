// bench/lib/results-file.mjs: `npm run bench` replaces the sections it writes in bench/RESULTS.md
// and keeps the ones written by hand, in their place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeResults, splitAt } from '../bench/lib/results-file.mjs';

const previous = `# Benchmark results

Old preamble.

## 1. Per-call cost

Old numbers: 0.5 ms.

### One call at a time

old table

### Before and after the overhead work

Written by hand.

## Hand-kept first

Kept A.

## 5. The gate

old gate

### Agreement gate

old agreement table

## SDK tier

Kept B.
## Mutation testing

Kept C.
`;

const generated = `# Benchmark results

New preamble.

## 1. Per-call cost

New numbers: 0.4 ms.

### One call at a time

new table

### Where the time goes

new profile

## 2. Validation

new validation

## 5. The gate

new gate
`;

const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,3} /.test(line));

describe('bench/RESULTS.md: generated sections replaced, hand-written ones kept', () => {
  const merged = mergeResults(previous, generated);

  it('takes every generated section and subsection from the new run', () => {
    expect(merged).toContain('New preamble.');
    expect(merged).toContain('New numbers: 0.4 ms.');
    expect(merged).toContain('new table');
    expect(merged).toContain('new profile');
    expect(merged).toContain('new validation');
    expect(merged).toContain('new gate');
    for (const stale of ['Old preamble.', 'Old numbers', 'old table', 'old gate']) expect(merged).not.toContain(stale);
  });

  it('keeps every section and subsection the run does not write, after the heading it followed', () => {
    expect(headings(merged)).toEqual([
      '# Benchmark results',
      '## 1. Per-call cost',
      '### One call at a time',
      '### Where the time goes',
      '### Before and after the overhead work',
      '## 2. Validation',
      '## Hand-kept first',
      '## 5. The gate',
      '### Agreement gate',
      '## SDK tier',
      '## Mutation testing',
    ]);
    for (const kept of ['Written by hand.', 'Kept A.', 'old agreement table', 'Kept B.', 'Kept C.'])
      expect(merged).toContain(kept);
  });

  it('a subsection the run writes again replaces the old one (the agreement gate when it was timed)', () => {
    const withAgreement = `${generated}\n### Agreement gate\n\nnew agreement table\n`;
    const again = mergeResults(previous, withAgreement);
    expect(again).toContain('new agreement table');
    expect(again).not.toContain('old agreement table');
  });

  it('a hand-written section that comes first stays first; sections are separated by a blank line', () => {
    const lead = '# Title\n\n## Notes\n\nby hand\n## 1. Per-call cost\n\nold\n';
    const out = mergeResults(lead, '# Title\n\n## 1. Per-call cost\n\nnew\n');
    expect(out).toBe('# Title\n\n## Notes\n\nby hand\n\n## 1. Per-call cost\n\nnew\n');
  });

  it('is stable: rewriting with the same run changes nothing', () => {
    expect(mergeResults(merged, generated)).toBe(merged);
  });

  it('with no previous file, writes the run as it is', () => {
    expect(mergeResults(undefined, generated)).toBe(generated);
  });

  it('a heading inside a fenced block is not a section', () => {
    const { parts } = splitAt('intro\n## A\n```\n## not a heading\n```\n## B\n', '## ');
    expect(parts.map((part) => part.heading)).toEqual(['## A', '## B']);
  });

  it('the committed bench/RESULTS.md keeps its hand-written sections through a rewrite', () => {
    const committed = readFileSync(new URL('../bench/RESULTS.md', import.meta.url), 'utf8');
    const rewritten = mergeResults(committed, generated);
    for (const heading of headings(committed).filter((line) => line.startsWith('## ') && !/^## \d\./.test(line)))
      expect(headings(rewritten)).toContain(heading);
  });
});
