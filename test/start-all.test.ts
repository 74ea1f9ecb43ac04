// startAll (test/support/start-all.ts): a start that fails does not leave the others running,
// even those that finish starting after the failure.
import { expect, it } from 'vitest';
import { startAll } from './support/start-all.js';

function fakeServer(name: string, stopped: string[]) {
  return { name, stop: async () => void stopped.push(name) };
}

it('stops every one that started, including one that starts after another has failed', async () => {
  const stopped: string[] = [];
  let finishStarting!: () => void;
  const late = new Promise<void>((resolve) => (finishStarting = resolve)).then(() => fakeServer('late', stopped));
  const all = startAll({
    early: Promise.resolve(fakeServer('early', stopped)),
    failing: Promise.reject(new Error('no free port')),
    late,
  });
  // Only after every pending promise reaction has run, so after the failure is known.
  setImmediate(finishStarting);
  await expect(all).rejects.toThrow('no free port');
  expect(stopped.sort()).toEqual(['early', 'late']);
});

it('resolves each by name when all start, and stops none', async () => {
  const stopped: string[] = [];
  const all = await startAll({
    a: Promise.resolve(fakeServer('a', stopped)),
    b: Promise.resolve(fakeServer('b', stopped)),
  });
  expect([all.a.name, all.b.name]).toEqual(['a', 'b']);
  expect(stopped).toEqual([]);
});
