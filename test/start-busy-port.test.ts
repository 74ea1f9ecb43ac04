// `npm start` on a port that is already taken: one line naming the port and PORT, exit 1, and
// nothing else (no Prism usage text). Both the mock's port and the reference's (PORT + 1).
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../scripts/lib/run.mjs';

let blocker: Server;
let taken: number;

beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  taken = (blocker.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((done) => blocker.close(() => done())));

const startOn = (port: number) => run('npm', ['start', '--silent'], { env: { PORT: String(port) }, timeout: 30_000 });

it.concurrent.each([
  ['the mock', 0, 'PORT'],
  ['the API reference', 1, 'PORT + 1'],
])('a busy port for %s is one line naming it and PORT, and exit 1', async (_what, offset, names) => {
  const { code, output } = await startOn(taken - offset);
  expect(code).toBe(1);
  expect(output.endsWith('\n')).toBe(true);
  const lines = output.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`Port ${taken} (`);
  expect(lines[0]).toContain(names);
  expect(lines[0]).toMatch(/choose other ports with PORT/);
});
