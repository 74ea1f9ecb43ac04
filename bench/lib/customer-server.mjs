// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
// The loopback HTTPS server every contender calls: it reads the request body and answers
// POST /customers/{id} with the documented 200 Customer (the bundled document's example).
// Run as its own process (see startCustomerServer) so its work does not share the event loop
// or the CPU time of the client being measured.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import { documentedCustomer } from './fixtures.mjs';

const serverScript = fileURLToPath(import.meta.url);

/**
 * Starts the server process on 127.0.0.1, on a port the OS picks.
 * @returns {Promise<{ port: number, counts: () => Promise<{ connections: number, requests: number }>, stop: () => Promise<void> }>}
 */
export function startCustomerServer({ certFile, keyFile }) {
  const child = fork(serverScript, ['--serve', certFile, keyFile], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  // TLS connections accepted and requests answered so far: shows which contender reuses connections.
  const counts = () =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send('counts');
    });
  return new Promise((resolve, reject) => {
    child.once('message', ({ port }) => resolve({ port, counts, stop }));
    child.once('exit', (code, signal) =>
      reject(new Error(`customer server exited (${signal ?? code}) before listening`)),
    );
  });
}

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
        if (request.method !== 'POST' || !route.test(request.url)) {
          response.writeHead(404).end();
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
      });
    },
  );
  server.on('secureConnection', () => (connections += 1));
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', () => process.send({ connections, requests }));
  // The parent going away (or a signal) ends the server, so it can never outlive the run.
  const shutdown = () => process.exit(0);
  process.once('disconnect', shutdown);
  process.once('SIGTERM', shutdown);
}

if (process.argv[2] === '--serve') serve(process.argv[3], process.argv[4]);
