// Starts Prism (mock or validation proxy) as a child process on loopback and resolves once it
// prints the URL it listens on. Port 0 lets the OS pick a free port; the real one is parsed
// from Prism's own start line, so callers never race for a fixed port.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { bundledSpecJson, repoRoot } from './paths.mjs';

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
 * @param {number} [options.readyTimeoutMs]
 * @param {number} [options.outputLimit] how many of Prism's latest characters to keep for
 *   `output()` and error reports; a long run logs every request, so all of it is never kept.
 * @returns {Promise<{ url: string, stop: () => Promise<void>, output: () => string }>}
 */
export function startPrism({
  mode = 'mock',
  upstream,
  errors = false,
  port = 0,
  spec = bundledSpecJson,
  readyTimeoutMs = 30_000,
  outputLimit = 64 * 1024,
} = {}) {
  const args = [resolvePrismBin(), mode, spec, ...(mode === 'proxy' ? [String(upstream)] : [])];
  args.push('-h', '127.0.0.1', '-p', String(port), `--errors=${errors}`);
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = ''; // Prism's latest `outputLimit` characters, both streams
  let ready = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const fallback = setTimeout(() => child.kill('SIGKILL'), 3_000);
    fallback.unref();
    await exited;
    clearTimeout(fallback);
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Prism did not start within ${readyTimeoutMs} ms:\n${output}`));
    }, readyTimeoutMs);
    timer.unref();
    // Each stream is read in whole lines, each looked at once: a URL split across two chunks
    // is never read half-written, and nothing is scanned at all once Prism is ready.
    const reader = () => {
      let unscanned = ''; // the start of a line whose end has not arrived yet
      return (/** @type {string} */ chunk) => {
        output = (output + chunk).slice(-outputLimit);
        if (ready) return;
        const lines = (unscanned + chunk).split('\n');
        unscanned = (lines.pop() ?? '').slice(-outputLimit);
        const match = lines.map((line) => listeningLine.exec(line)).find(Boolean);
        if (!match) return;
        ready = true;
        clearTimeout(timer);
        resolve({ url: /** @type {string} */ (match[1]), stop, output: () => output });
      };
    };
    child.stdout.setEncoding('utf8').on('data', reader());
    child.stderr.setEncoding('utf8').on('data', reader());
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (${signal ?? code}) before it was ready:\n${output}`));
    });
  });
}
