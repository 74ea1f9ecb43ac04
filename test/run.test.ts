// The process runner's shapes that the rest of the gate does not already exercise: a command
// that is not there, a timeout that ends the whole process group, and a server that never
// prints its ready line.
import { expect, it } from 'vitest';
import { run, startProcess } from '../scripts/lib/run.mjs';

const node = process.execPath;

it('a command that is not there is a code, not a throw', async () => {
  expect((await run('no-such-command-here', [])).code).toBe('ENOENT');
});

it('keeps both streams, apart and in the order they came, and the exit code', async () => {
  const script = "process.stdout.write('a'); setTimeout(() => { process.stderr.write('b'); process.exit(3); }, 20)";
  expect(await run(node, ['-e', script])).toEqual({ code: 3, stdout: 'a', stderr: 'b', output: 'ab' });
});

it("a timeout with `group` ends the child's own children too", async () => {
  // The shell's background sleep holds the output pipe open and would outlive a killed shell.
  const started = performance.now();
  const result = await run('bash', ['-c', 'sleep 60 & wait'], { timeout: 500, group: true });
  expect(result.code).toBe('SIGKILL');
  expect(performance.now() - started).toBeLessThan(10_000);
});

it('a server that never prints its ready line is stopped and named, with its output', async () => {
  const waiting = startProcess(node, ['-e', "console.log('starting'); setTimeout(() => {}, 60000)"], {
    name: 'the test server',
    ready: /^listening/,
    // Long enough for a busy machine to start Node and print the first line.
    readyTimeoutMs: 3000,
  });
  await expect(waiting).rejects.toThrow(/^the test server did not start within 3000 ms:\nstarting\n$/);
});
