// `npm start`: a Prism mock of Update Customer on 127.0.0.1 (port 4010, or $PORT), serving the
// bundled document's examples. Prints the URL and a curl to try; Ctrl-C stops it.
import { startPrism } from './lib/prism.mjs';
import { loadBundledSpec } from './lib/spec.mjs';
import { exampleCurl } from './lib/curl.mjs';

const port = process.env.PORT === undefined ? 4010 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}

let prism;
try {
  prism = await startPrism({ port });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

console.log(`Mock of Update Customer listening on ${prism.url}`);
console.log('Try it (any API key works against the mock):\n');
console.log(exampleCurl(loadBundledSpec(), prism.url));
console.log('\nPress Ctrl-C to stop.');

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await prism.stop();
  console.log('Mock stopped.');
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
