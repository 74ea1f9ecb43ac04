// scripts/lib/prism.mjs keeps only the latest of Prism's output (a long `npm start` or verify run
// logs every request, and all of it would never be freed), and still tells what Prism said when
// it stops before it is ready. These are facts about the wrapper, so it runs a stand-in that
// prints what Prism prints (test/support/prism-stand-in.mjs) and no Prism starts here. That the
// wrapper recognises a real Prism's ready line is shown by every real start: the shared mock
// (scripts/test-ts.mjs, test/global-setup.ts), `npm start` (test/start.test.ts) and the
// blind-spot documents (test/contract-prism-blind-spots.test.ts).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPrism } from '../scripts/lib/prism.mjs';
import { sendRawUpdate } from './support/raw-update.js';

const cli = fileURLToPath(new URL('./support/prism-stand-in.mjs', import.meta.url));
const outputLimit = 2_000;
let prism: Awaited<ReturnType<typeof startPrism>>;

beforeAll(async () => {
  prism = await startPrism({ outputLimit, cli });
}, 60_000);

afterAll(async () => {
  await prism?.stop();
});

it('keeps only the latest output once requests have pushed out the start', async () => {
  expect(prism.output()).toContain(`Prism is listening on ${prism.url}`);
  // Prism logs several lines per request, so ten requests log far more than the limit.
  for (let n = 1; n <= 10; n += 1) await sendRawUpdate(prism.url, { customerId: `request-${n}` });
  await expect.poll(() => prism.output()).toContain('/customers/request-10 ');
  expect(prism.output().length).toBeLessThanOrEqual(outputLimit);
  expect(prism.output()).not.toContain('Prism is listening');
});

it('reports the end of what Prism said when it exits before it is ready', async () => {
  const heading = 'Prism exited (1) before it was ready:\n';
  const failure: Error = await startPrism({ spec: '/nonexistent/openapi.json', outputLimit: 300, cli }).then(
    async (started) => {
      await started.stop();
      return new Error('Prism started on a document that does not exist');
    },
    (error: Error) => error,
  );
  expect(failure.message.startsWith(heading), failure.message).toBe(true);
  expect(failure.message).toContain('ENOENT');
  expect(failure.message.length).toBeLessThanOrEqual(heading.length + 300);
  // The end: Prism's last words (the error object it prints after its usage text), not its first.
  expect(failure.message).toContain("ioErrorCode: 'ENOENT'");
  expect(failure.message).not.toContain('Starting Prism');
});
