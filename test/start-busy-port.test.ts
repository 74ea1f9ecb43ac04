// `npm start` on a port that is already taken: one line naming the port and PORT, exit 1, and
// nothing else (no Prism usage text). Both the mock's port and the reference's (PORT + 1).
import { createServer, type Server } from 'node:net';
import { expect, it } from 'vitest';
import { run } from '../scripts/lib/run.mjs';

/** A port the OS picked, held by a listener until `release`. */
async function holdPort(): Promise<{ port: number; release: () => Promise<void> }> {
  const blocker: Server = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  const { port } = blocker.address() as { port: number };
  return { port, release: () => new Promise<void>((done) => blocker.close(() => done())) };
}

const startOn = (port: number) => run('npm', ['start', '--silent'], { env: { PORT: String(port) }, timeout: 30_000 });

it.concurrent.each([
  ['the mock', 0, 'PORT'],
  ['the API reference', 1, 'PORT + 1'],
])('a busy port for %s is one line naming it and PORT, and exit 1', async (_what, offset, names) => {
  // For the reference, PORT is the held port minus one, which nothing reserves for this test: when
  // another process happens to hold it, the run blames that port instead, and the test takes a
  // fresh pair (a few tries; each is a fraction of a second).
  for (let attempt = 1; ; attempt++) {
    const held = await holdPort();
    try {
      const { code, output } = await startOn(held.port - offset);
      const lines = output.trimEnd().split('\n');
      if (offset > 0 && attempt < 5 && lines[0]?.includes(`Port ${held.port - offset} (`)) continue;
      expect(code).toBe(1);
      expect(output.endsWith('\n')).toBe(true);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${held.port} (`);
      expect(lines[0]).toContain(names);
      expect(lines[0]).toMatch(/choose other ports with PORT/);
      return;
    } finally {
      await held.release();
    }
  }
});
