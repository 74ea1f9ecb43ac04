// `npm start`: a Prism mock of Update Customer on 127.0.0.1 (port 4010, or $PORT) serving the
// bundled document's examples, and the API reference beside it (port + 1, or a free port when
// PORT=0). Prints both URLs and the document's own curl sample aimed at the mock; Ctrl-C stops both.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { codeSampleFor } from './lib/code-samples.mjs';
import { docsDir, startDocsServer } from './lib/docs-server.mjs';
import { startPrism } from './lib/prism.mjs';
import { loadBundledSpec } from './lib/spec.mjs';

const port = process.env.PORT === undefined ? 4010 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65534) {
  console.error(`PORT must be a whole number from 0 to 65534 (the docs take PORT + 1), got ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}
if (!existsSync(path.join(docsDir, 'index.html'))) {
  console.error(`${path.relative(process.cwd(), docsDir)}/index.html is missing: run \`npm run generate\` first.`);
  process.exit(1);
}

const started = await Promise.allSettled([startPrism({ port }), startDocsServer({ port: port === 0 ? 0 : port + 1 })]);
const [prism, docs] = started.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
const stopAll = () => Promise.all([prism?.stop(), docs?.stop()]);
const failures = started.filter((result) => result.status === 'rejected');
if (failures.length > 0) {
  for (const { reason } of failures) console.error(reason.message);
  await stopAll();
  process.exit(1);
}

console.log(`Mock of Update Customer listening on ${prism.url}`);
console.log(`API reference on ${docs.url}`);
console.log('\nTry it (the mock accepts any API key):\n');
console.log('export JUSPAY_API_KEY=any_key');
console.log(codeSampleFor(loadBundledSpec(), 'curl', prism.url).trimEnd());
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
