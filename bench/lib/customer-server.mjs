// The loopback HTTPS server every contender calls: it reads the request body and answers
// POST /customers/{id} with the documented 200 Customer (the bundled document's example).
// Run as its own process (see startCustomerServer) so its work does not share the event loop
// or the CPU time of the client being measured.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import { forkNode } from '../../scripts/lib/run.mjs';
import { documentedCustomer } from './fixtures.mjs';

const serverScript = fileURLToPath(import.meta.url);

/**
 * Starts the server process on 127.0.0.1, on a port the OS picks.
 * @param {{ certFile: string, keyFile: string }} certificate the throwaway certificate and its key
 * @returns {Promise<{ port: number, counts: () => Promise<{ connections: number, requests: number }>, stop: () => Promise<void> }>}
 */
export function startCustomerServer({ certFile, keyFile }) {
  const child = forkNode(serverScript, ['--serve', certFile, keyFile]);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  // TLS connections accepted and requests answered so far: shows which contender reuses connections.
  /** @returns {Promise<{ connections: number, requests: number }>} */
  const counts = () =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send('counts');
    });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ port: /** @type {{ port: number }} */ (message).port, counts, stop }));
    child.once('exit', (code, signal) =>
      reject(new Error(`customer server exited (${signal ?? code}) before listening`)),
    );
  });
}

/** @param {string} certFile @param {string} keyFile */
function serve(certFile, keyFile) {
  const body = Buffer.from(JSON.stringify(documentedCustomer));
  const route = /^\/customers\/[^/?#]+$/;
  let connections = 0;
  let requests = 0;
  const server = https.createServer(
    { cert: readFileSync(certFile), key: readFileSync(keyFile) },
    (request, response) => {
      request.resume();
      request.once('end', () => {
        requests += 1;
        if (request.method !== 'POST' || !route.test(/** @type {string} */ (request.url))) {
          response.writeHead(404).end();
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
      });
    },
  );
  server.on('secureConnection', () => (connections += 1));
  // Forked by startCustomerServer, so the IPC channel (and process.send) exists.
  const send = /** @type {NonNullable<typeof process.send>} */ (process.send).bind(process);
  const address = () => /** @type {import('node:net').AddressInfo} */ (server.address());
  server.listen(0, '127.0.0.1', () => send({ port: address().port }));
  process.on('message', () => send({ connections, requests }));
  // The parent going away (or a signal) ends the server, so it can never outlive the run.
  const shutdown = () => process.exit(0);
  process.once('disconnect', shutdown);
  process.once('SIGTERM', shutdown);
}

if (process.argv[2] === '--serve')
  serve(/** @type {string} */ (process.argv[3]), /** @type {string} */ (process.argv[4]));
