// Starts Prism (mock or validation proxy) as a child process on loopback and resolves once it
// prints the URL it listens on. Port 0 lets the OS pick a free port; the real one is parsed
// from Prism's own start line, so callers never race for a fixed port.
import { createRequire } from 'node:module';
import { bundledSpecJson } from './paths.mjs';
import { startProcess } from './run.mjs';

// Resolved as Node resolves packages, so it is found wherever the installer put it (this
// repository's node_modules, or a consuming project's top level); resolved on first use, so
// that importing this module never fails where Prism is absent.
const resolvePrismBin = () => createRequire(import.meta.url).resolve('@stoplight/prism-cli');
const listeningLine = /Prism is listening on (http:\/\/\S+)/;

/**
 * @param {object} [options]
 * @param {'mock'|'proxy'} [options.mode] mock answers from examples; proxy forwards to `upstream`.
 * @param {string} [options.upstream] the server a proxy forwards to.
 * @param {boolean} [options.errors] Prism's --errors: refuse invalid requests/responses outright.
 * @param {number} [options.port] 0 (default) picks a free port.
 * @param {string} [options.spec] the document to serve; the bundled one by default.
 * @param {number} [options.readyTimeoutMs] generous: a busy machine starts Prism slowly; a quiet one
 *   resolves as soon as Prism's line arrives.
 * @param {number} [options.outputLimit] how many of Prism's latest characters to keep for
 *   `output()` and error reports; a long run logs every request, so all of it is never kept.
 * @param {string} [options.cli] the Node script run as Prism, given Prism's arguments; the installed
 *   Prism by default. The one seam for a test of this wrapper: a stand-in that prints what Prism
 *   prints (test/support/prism-stand-in.mjs) checks it without paying for Prism's start.
 * @returns {Promise<{ url: string, stop: () => Promise<void>, output: () => string }>}
 */
export async function startPrism({
  mode = 'mock',
  upstream,
  errors = false,
  port = 0,
  spec = bundledSpecJson,
  readyTimeoutMs = 60_000,
  outputLimit = 64 * 1024,
  cli,
} = {}) {
  const args = [cli ?? resolvePrismBin(), mode, spec, ...(mode === 'proxy' ? [String(upstream)] : [])];
  args.push('-h', '127.0.0.1', '-p', String(port), `--errors=${errors}`);
  const env = { NO_COLOR: '1', FORCE_COLOR: '0' };
  const prism = await startProcess(process.execPath, args, {
    name: 'Prism',
    ready: listeningLine,
    readyTimeoutMs,
    outputLimit,
    env,
  });
  return { url: /** @type {string} */ (prism.match[1]), stop: () => prism.stop(), output: prism.output };
}

/**
 * The test run's one mock, `--errors` on (a response example that breaks the document is refused, so
 * every test that talks to it checks the examples it is served): started by `npm run test:ts` for
 * both vitest projects, or by vitest's global setup when vitest runs alone. It says how long its start
 * took in the line the benchmark reads from `npm test`'s output (bench/sections/gate.mjs).
 */
export async function startSharedMock() {
  const started = Date.now();
  const mock = await startPrism({ mode: 'mock', errors: true });
  console.log(`Prism mock ready at ${mock.url} in ${Date.now() - started} ms`);
  return mock;
}
