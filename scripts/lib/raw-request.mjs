// The one raw HTTP sender for scripts and tests that go around the client on purpose: exact
// headers (a header is left out by giving it `undefined`), exact body bytes, and every way a
// server can fail to answer reported as a value, never thrown, so that a caller can judge it.
import http from 'node:http';
import https from 'node:https';

/**
 * @typedef {object} RawRequest
 * @property {string} url the full URL, path already percent-encoded
 * @property {string} [method] POST by default
 * @property {Record<string, string | undefined>} [headers]
 * @property {string | Uint8Array} [body]
 * @property {number} [timeoutMs] how long to wait for the whole answer (10 s by default)
 * @property {http.Agent} [agent] keep-alive agent to reuse connections
 *
 * @typedef {{ status: number, headers: http.IncomingHttpHeaders, text: string }} RawAnswer
 * @typedef {{ fault: 'timeout' | 'reset' | 'closed' | 'refused' | 'error', detail: string }} RawFault
 */

/** Error codes that mean nothing listens there at all (as opposed to a server failing one request). */
export const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * @param {RawRequest} request
 * @returns {Promise<RawAnswer | RawFault>}
 */
export function sendRaw({ url, method = 'POST', headers = {}, body, timeoutMs = 10_000, agent }) {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  /** @type {Record<string, string>} */
  const sent = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) sent[name] = value;
  const bytes = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body) : body;
  if (bytes) sent['content-length'] = String(bytes.length);

  return new Promise((resolve) => {
    let settled = false;
    /** @param {RawAnswer | RawFault} outcome */
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    /** @type {http.ClientRequest} */
    let request;
    try {
      request = transport.request(target, { method, headers: sent, agent: agent ?? false });
    } catch (error) {
      // A header value Node refuses to send (a control character); the message names the header only.
      settle({ fault: 'error', detail: /** @type {Error} */ (error).message });
      return;
    }
    const timer = setTimeout(() => {
      settle({ fault: 'timeout', detail: `no complete answer within ${timeoutMs} ms` });
      request.destroy();
    }, timeoutMs);
    request.on('response', (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        settle({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
      response.on('aborted', () =>
        settle({ fault: 'closed', detail: 'the connection closed in the middle of the answer' }),
      );
      response.on('error', (error) => settle(faultOf(error)));
    });
    request.on('error', (error) => settle(faultOf(error)));
    request.end(bytes);
  });
}

/** @param {Error & { code?: string }} error @returns {RawFault} */
function faultOf(error) {
  const code = error.code ?? '';
  if (code === 'ECONNRESET' && /socket hang up/.test(error.message)) {
    return { fault: 'closed', detail: 'the connection closed without an answer (socket hang up)' };
  }
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return { fault: 'reset', detail: `the connection was reset (${code})` };
  if (unreachableCodes.has(code)) return { fault: 'refused', detail: `nothing answers there (${code})` };
  return { fault: 'error', detail: code ? `${code}: ${error.message}` : error.message };
}

/** @param {RawAnswer | RawFault} outcome @returns {outcome is RawFault} */
export const isFault = (outcome) => 'fault' in outcome;
