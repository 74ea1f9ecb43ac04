// A stand-in for Prism's CLI, for test/prism.test.ts: run by scripts/lib/prism.mjs (its `cli`
// option) with Prism's own arguments, it prints what Prism 5.14.2 prints, so that the wrapper's
// handling of that output is checked without paying for Prism's start (over a CPU-second of
// module loading). Like Prism, it reads the document first (a missing one: a fatal line, the
// usage text, the error object, exit 1), then listens where it is told, prints its ready line
// and logs each request in several lines. It mocks nothing: every request gets 200 `{}`.
// Only the ready line is a fact about Prism that the wrapper depends on, and every real start
// (the shared mock, `npm start`, the blind-spot variants) checks that one.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

// strict: an argument Prism would not be given is an error here, as the wrapper's mistake.
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { host: { type: 'string', short: 'h' }, port: { type: 'string', short: 'p' }, errors: { type: 'string' } },
});
const [mode, document] = positionals;
/** @param {string} scope @param {string} text */
const log = (scope, text) => console.log(`[${new Date().toLocaleTimeString('en-US')}] › ${scope} ${text}`);

log('[CLI]', '…  awaiting  Starting Prism…');
/** @type {{ paths?: Record<string, Record<string, unknown>> }} */
let spec;
try {
  spec = JSON.parse(readFileSync(String(document), 'utf8'));
} catch (error) {
  const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
  log('[CLI]', `✖  fatal     Error opening file "${document}" \n${message}`);
  // Prism 5.14.2 prints its usage and the error object on stderr, after the fatal line on stdout.
  console.error(`prism ${mode} <document>\n\nStart a mock server with the given document file\n`);
  console.error('Positionals:\n  document  Path to a document file.  [string] [required]\n');
  console.error(
    'Options:\n  -p, --port  Port that Prism will run on.\n  -h, --host  Host that Prism will listen to.\n',
  );
  console.error(
    `{\n  code: 'ERESOLVER',\n  source: '${document}',\n  ioErrorCode: '${code}',\n  name: 'ResolverError'\n}`,
  );
  process.exit(1);
}

const server = createServer((request, response) => {
  log(`[HTTP SERVER] ${request.method?.toLowerCase()} ${request.url}`, 'ℹ  info      Request received');
  log('    [NEGOTIATOR]', `ℹ  info      Request contains an accept header: ${request.headers.accept}`);
  log('    [VALIDATOR]', '✔  success   The request passed the validation rules. Looking for the best response');
  log('    [NEGOTIATOR]', '✔  success   Responding with the requested status code 200');
  log('    [NEGOTIATOR]', 'ℹ  info      > Responding with "200"');
  request.resume();
  response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
});
server.listen(Number(values.port), values.host, () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${values.host}:${port}`;
  for (const [path, operations] of Object.entries(spec.paths ?? {})) {
    for (const method of Object.keys(operations)) log('[CLI]', `ℹ  info      ${method.toUpperCase()}  ${url}${path}`);
  }
  log('[CLI]', `▶  start     Prism is listening on ${url}`);
});
