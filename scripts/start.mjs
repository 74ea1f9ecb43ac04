// `npm start`: a Prism mock of Update Customer on 127.0.0.1 (port 4010, or $PORT) serving the
// bundled document's examples, and the API reference beside it (port + 1, or a free port when
// PORT=0). Prints both URLs, what the mock does, and the document's own curl sample aimed at
// the mock; Ctrl-C stops both. A port already in use is one line and exit 1, nothing else.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { codeSampleFor } from './lib/code-samples.mjs';
import { docsDir, startDocsServer } from './lib/docs-server.mjs';
import { startPrism } from './lib/prism.mjs';
import { loadBundledSpec, resolveRef, updateCustomerOperation } from './lib/spec.mjs';

const host = '127.0.0.1';
const port = process.env.PORT === undefined ? 4010 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65534) {
  console.error(
    `PORT must be a whole number from 0 to 65534 (the docs take PORT + 1), got ${JSON.stringify(process.env.PORT)}`,
  );
  process.exit(2);
}
if (!existsSync(path.join(docsDir, 'index.html'))) {
  console.error(`${path.relative(process.cwd(), docsDir)}/index.html is missing: run \`npm run generate\` first.`);
  process.exit(1);
}

/** @param {number} busy @param {string} what */
const portInUse = (busy, what) => {
  console.error(
    `Port ${busy} (${what}) is already in use: choose other ports with PORT, e.g. PORT=${port + 10} npm start`,
  );
  process.exit(1);
};

// Prism, on a busy port, prints its usage text and a stack; asking the OS first keeps the
// message to one line. (A port taken between this check and Prism's start is caught below.)
if (port !== 0) {
  if (!(await isFree(port))) portInUse(port, 'the mock, PORT');
  if (!(await isFree(port + 1))) portInUse(port + 1, 'the API reference, PORT + 1');
}

const started = await Promise.allSettled([startPrism({ port }), startDocsServer({ port: port === 0 ? 0 : port + 1 })]);
const [prism, docs] = started.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
const stopAll = () => Promise.all([prism?.stop(), docs?.stop()]);
const failures = started.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
if (failures.length > 0) {
  await stopAll();
  const [mockFailure, docsFailure] = started.map((result) =>
    result.status === 'rejected' ? String(result.reason?.message) : undefined,
  );
  if (mockFailure?.includes('EADDRINUSE')) portInUse(port, 'the mock, PORT');
  if (docsFailure?.includes('EADDRINUSE')) portInUse(port + 1, 'the API reference, PORT + 1');
  for (const reason of failures) console.error(reason.message);
  process.exit(1);
}
// Both settled as fulfilled (a rejection exits above), so both servers exist from here on.
const mock = /** @type {NonNullable<typeof prism>} */ (prism);
const reference = /** @type {NonNullable<typeof docs>} */ (docs);

const spec = loadBundledSpec();
const operation = updateCustomerOperation(spec);
const okExamples = Object.keys(resolveRef(spec, operation.responses['200']).content['application/json'].examples);
const errorStatuses = Object.keys(operation.responses).filter((status) => status !== '200');

console.log(`Mock of Update Customer listening on ${mock.url}`);
console.log(`API reference on ${reference.url}`);
console.log(`
The mock checks each request against the contract (a broken one gets the contract's 400 or 401
example; the sl-violations response header names what broke), then answers with the contract's
fixed examples, not with what you sent. Pick an answer with a Prefer header:
  Prefer: example=${okExamples.join(' | ')}
  Prefer: code=${errorStatuses.join(' | ')}`);
console.log('\nTry it (the mock accepts any API key):\n');
console.log('export JUSPAY_API_KEY=any_key');
console.log(codeSampleFor(spec, 'curl', mock.url).trimEnd());
console.log('\nPress Ctrl-C to stop.');

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await stopAll();
  console.log('Mock and reference stopped.');
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

/** Whether `candidate` can be listened on at `host` right now. @param {number} candidate */
function isFree(candidate) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(candidate, host, () => probe.close(() => resolve(true)));
  });
}
