// The runner behind `npm run test:ts` (scripts/lib/steps.mjs): a step waits for the steps it
// needs, is not run when one of them failed, and its output is printed whole, once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runSteps, summarize } from '../scripts/lib/steps.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'steps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let scripts = 0;
/** A step that runs `code` as a Node script. */
const node = (code: string) => {
  const script = path.join(dir, `step-${(scripts += 1)}.mjs`);
  writeFileSync(script, code);
  return { script, args: [] };
};

it('runs a step after the steps it needs, skips it when one failed, and prints each output whole', async () => {
  const printed: string[] = [];
  const results = await runSteps(
    [
      { name: 'slow', ...node("setTimeout(() => { console.log('slow 1'); console.log('slow 2'); }, 300)") },
      {
        name: 'after slow',
        ...node("console.log('after', process.env.GIVEN)"),
        after: ['slow'],
        env: Promise.resolve({ GIVEN: 'yes' }),
      },
      { name: 'fails', ...node("console.error('broken'); process.exit(3)") },
      { name: 'after fails', ...node("console.log('never')"), after: ['fails'] },
    ],
    (text) => printed.push(text),
  );
  expect(results.map((r) => [r.name, r.outcome])).toEqual([
    ['slow', 'passed'],
    ['after slow', 'passed'],
    ['fails', 'failed'],
    ['after fails', 'not run'],
  ]);
  const text = printed.join('');
  expect(text.indexOf('── slow: passed')).toBeLessThan(text.indexOf('── after slow: passed'));
  expect(text).toContain('slow 1\nslow 2\n');
  expect(text).toContain('after yes\n');
  expect(text).toContain('── fails: failed');
  expect(text).toContain('broken\n');
  expect(text).not.toContain('never');
  expect(summarize(results, 1.25)).toMatch(/after fails +not run *\nFAILED in 1\.3 s wall\n$/);
});

it('refuses a step that needs a step not listed before it', async () => {
  await expect(
    runSteps([
      { name: 'a', ...node('0'), after: ['b'] },
      { name: 'b', ...node('0') },
    ]),
  ).rejects.toThrow('step a needs b, which must be an earlier step');
});
