#!/usr/bin/env node
// The recording server every SDK harness sends its wire vectors to. A client under test uses the base URL
// <server>/v/<vector> (or <server>/s/<scope>/v/<vector>, to keep several harnesses' verdicts apart on one
// server); the server compares the raw request with the vector's `request` (method, path, the listed
// headers, the exact body bytes), answers the vector's canned `response`, and keeps a verdict that
// GET <server>[/s/<scope>]/__verdict/<vector> returns as JSON. The API key is never echoed.
//
// As a CLI: `node scripts/sdks/recording-server.mjs [--vectors FILE] [--port N]` prints one line,
// "Recording server listening on http://127.0.0.1:PORT", and serves until it is stopped.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startedAsCommand } from '../lib/entry.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultVectorsFile = path.resolve(here, '../../generated/wire-vectors.json');
const route = /^(?:\/s\/([a-z0-9_-]+))?\/(v|__verdict)\/([a-z0-9_-]+)(\/.*)?$/;
// Shown around the first differing byte of a body, so a difference is readable without the whole body.
const window = 16;

/**
 * @typedef {{ method: string, path: string, headers: Record<string, string>, optionalHeaders?: Record<string, string>,
 *   body: string }} ExpectedRequest
 * @typedef {{ status: number, contentType: string, body: string, headers?: Record<string, string> }} CannedResponse
 * @typedef {{ name: string, request: ExpectedRequest | null, response: CannedResponse | null }} WireVector
 * @typedef {{ received: boolean, ok: boolean, count: number, differences: string[] }} Verdict
 * @typedef {{ method: string, target: string, rawHeaders: string[], body: Buffer }} ReceivedRequest
 */

/**
 * Starts the server on 127.0.0.1.
 * @typedef {{ credentials: { apiKey: string }, vectors: WireVector[] }} VectorsFile
 * @param {{ vectors?: VectorsFile, vectorsFile?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, verdict: (name: string, scope?: string) => Verdict, close: () => Promise<void> }>}
 */
export async function startRecordingServer({ vectors, vectorsFile = defaultVectorsFile, port = 0 } = {}) {
  const file = vectors ?? JSON.parse(readFileSync(vectorsFile, 'utf8'));
  /** @type {Map<string, WireVector>} */
  const byName = new Map(file.vectors.map((/** @type {WireVector} */ vector) => [vector.name, vector]));
  const apiKey = file.credentials.apiKey;
  /** @type {Map<string, ReceivedRequest[]>} requests per `scope/vector`, as they arrived */
  const received = new Map();

  /** @param {string} name @param {string} [scope] @returns {Verdict} */
  const verdict = (name, scope = '') => {
    const vector = byName.get(name);
    const requests = received.get(`${scope}/${name}`) ?? [];
    const differences = vector ? judge(vector, requests, apiKey) : [`no vector is named ${name}`];
    return { received: requests.length > 0, ok: differences.length === 0, count: requests.length, differences };
  };

  const server = createServer((incoming, response) => {
    const chunks = /** @type {Buffer[]} */ ([]);
    incoming.on('data', (chunk) => chunks.push(chunk));
    incoming.on('end', () => {
      const target = incoming.url ?? '';
      const match = route.exec(target.split('?')[0] ?? '');
      if (!match) return answer(response, 404, 'application/json', JSON.stringify({ error: 'not a vector route' }));
      const [, scope = '', kind, name] = match;
      if (kind === '__verdict') {
        return answer(response, 200, 'application/json', JSON.stringify(verdict(/** @type {string} */ (name), scope)));
      }
      const key = `${scope}/${name}`;
      // Everything after the vector's prefix, query included, exactly as sent.
      const prefix = `${scope ? `/s/${scope}` : ''}/v/${name}`;
      const request = {
        method: incoming.method ?? '',
        target: target.slice(prefix.length),
        rawHeaders: incoming.rawHeaders,
        body: Buffer.concat(chunks),
      };
      received.set(key, [...(received.get(key) ?? []), request]);
      const canned = byName.get(/** @type {string} */ (name))?.response;
      // A request the client should have refused gets a 418, so it cannot pass for a success.
      if (!canned) {
        return answer(response, 418, 'application/json', JSON.stringify({ error: 'this vector expects no request' }));
      }
      answer(response, canned.status, canned.contentType, canned.body, canned.headers);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    verdict,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * @param {import('node:http').ServerResponse} response @param {number} status
 * @param {string} contentType @param {string} body @param {Record<string, string>} [headers]
 */
function answer(response, status, contentType, body, headers = {}) {
  response.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/**
 * Everything that differs between what arrived and what the vector requires, as short sentences.
 * @param {WireVector} vector @param {ReceivedRequest[]} requests @param {string} apiKey
 * @returns {string[]}
 */
export function judge(vector, requests, apiKey) {
  const expected = vector.request;
  if (!expected) {
    return requests.length
      ? [`${requests.length} request(s) arrived, but the client must refuse this input before sending`]
      : [];
  }
  if (requests.length === 0) return ['no request arrived'];
  const differences = [];
  if (requests.length > 1) {
    differences.push(`${requests.length} requests arrived; exactly one is expected (retries disabled)`);
  }
  const request = /** @type {ReceivedRequest} */ (requests[0]);
  if (request.method !== expected.method) {
    differences.push(`method: expected ${expected.method}, got ${request.method}`);
  }
  if (request.target !== expected.path) differences.push(`path: expected ${expected.path}, got ${request.target}`);
  for (const [name, value] of Object.entries(expected.headers)) {
    const sent = headerValues(request.rawHeaders, name);
    if (sent.length === 0) differences.push(`${name}: missing`);
    else if (sent.length > 1) differences.push(`${name}: sent ${sent.length} times`);
    else if (sent[0] !== value) {
      differences.push(
        name === 'authorization'
          ? authorizationDifference(/** @type {string} */ (sent[0]), apiKey)
          : `${name}: expected ${value}, got ${sent[0]}`,
      );
    }
  }
  // May be left out; if sent, once and with this value.
  for (const [name, value] of Object.entries(expected.optionalHeaders ?? {})) {
    const sent = headerValues(request.rawHeaders, name);
    if (sent.length > 1) differences.push(`${name}: sent ${sent.length} times`);
    else if (sent.length === 1 && sent[0] !== value) {
      differences.push(`${name}: expected none or ${value}, got ${sent[0]}`);
    }
  }
  const body = request.body.toString('latin1');
  if (body !== expected.body) differences.push(bodyDifference(expected.body, request.body));
  return differences;
}

/** @param {string[]} rawHeaders @param {string} name */
function headerValues(rawHeaders, name) {
  const values = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]?.toLowerCase() === name) values.push(/** @type {string} */ (rawHeaders[i + 1]));
  }
  return values;
}

/** What is wrong with the credentials, described without the key. @param {string} sent @param {string} apiKey */
function authorizationDifference(sent, apiKey) {
  const basic = /^Basic ([A-Za-z0-9+/]*={0,2})$/.exec(sent);
  if (!basic) return 'authorization: expected Basic base64(apiKey + ":"), got another scheme or form';
  const decoded = Buffer.from(/** @type {string} */ (basic[1]), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'authorization: the credentials have no ":" (expected the API key, ":" and an empty password)';
  if (decoded.slice(0, colon) !== apiKey) return 'authorization: the user is not the API key';
  return 'authorization: the password is not empty';
}

/** The first differing byte and the bytes around it, in both bodies. @param {string} expected @param {Buffer} body */
function bodyDifference(expected, body) {
  const want = Buffer.from(expected, 'latin1');
  let at = 0;
  while (at < want.length && at < body.length && want[at] === body[at]) at++;
  const around = (/** @type {Buffer} */ bytes) =>
    JSON.stringify(bytes.subarray(Math.max(0, at - window), at + window).toString('latin1'));
  return (
    `body: differs at byte ${at} (expected ${want.length} bytes, got ${body.length}): ` +
    `expected …${around(want)}…, got …${around(body)}…`
  );
}

if (startedAsCommand(import.meta.url)) {
  const { values } = parseArgs({ options: { vectors: { type: 'string' }, port: { type: 'string', default: '0' } } });
  const server = await startRecordingServer({
    ...(values.vectors && { vectorsFile: path.resolve(values.vectors) }),
    port: Number(values.port),
  });
  console.log(`Recording server listening on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
