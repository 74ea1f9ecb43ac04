// Serves the built API reference (generated/docs/) under /docs/ on loopback, for `npm start`:
// the page, its screenshot and the documents it links for download. Read-only, GET and HEAD
// only, and only the files that are in the folder: a request can never name a path outside it.
// A client that accepts gzip gets the page gzipped (2.6 MB becomes about 0.7 MB).
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { generatedDir } from './paths.mjs';

export const docsDir = path.join(generatedDir, 'docs');
const prefix = '/docs/';
/** @type {Record<string, string>} */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.yaml': 'application/yaml; charset=utf-8',
};
// Worth compressing: text. A PNG is compressed already.
const compressible = new Set(['.html', '.json', '.yaml']);

/**
 * @param {object} [options]
 * @param {number} [options.port] 0 picks a free port.
 * @param {string} [options.host]
 * @param {string} [options.dir] the folder to serve; generated/docs by default.
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>} `url` is the page's address.
 */
export async function startDocsServer({ port = 0, host = '127.0.0.1', dir = docsDir } = {}) {
  const server = createServer((request, response) => {
    handle(dir, request, response).catch((error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`could not serve ${request.url}: ${error.message}\n`);
    });
  });
  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    })
  );
  const { port: actualPort } = /** @type {import('node:net').AddressInfo} */ (server.address());
  /** @returns {Promise<void>} */
  const stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://${host}:${actualPort}${prefix}`, stop };
}

/**
 * @param {string} dir
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function handle(dir, request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/' || pathname === '/docs') return redirect(response, prefix);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' });
    return response.end();
  }
  const name = pathname === prefix ? 'index.html' : pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
  const files = await readdir(dir);
  if (!files.includes(name) || !(path.extname(name) in contentTypes)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return response.end(`not found: ${pathname} (the reference is at ${prefix})\n`);
  }
  const extension = path.extname(name);
  const zipped = compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = zipped ? await gzipped(path.join(dir, name)) : await readFile(path.join(dir, name));
  response.writeHead(200, {
    'content-type': contentTypes[extension],
    'content-length': body.length,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(zipped && { 'content-encoding': 'gzip' }),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

// Compressed once per version of a file (by modification time), not once per request.
/** @type {Map<string, { mtimeMs: number, body: Buffer }>} */
const zippedCache = new Map();
/** @param {string} file @returns {Promise<Buffer>} */
async function gzipped(file) {
  const { mtimeMs } = await stat(file);
  const cached = zippedCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = await promisify(gzip)(await readFile(file));
  zippedCache.set(file, { mtimeMs, body });
  return body;
}

/** @param {import('node:http').ServerResponse} response @param {string} location */
function redirect(response, location) {
  response.writeHead(302, { location });
  response.end();
}
