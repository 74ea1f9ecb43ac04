// A throwaway self-signed certificate for the loopback HTTPS server, made by openssl into a
// fresh temporary folder for each run and deleted afterwards; nothing is committed or reused.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runOrThrow } from '../../scripts/lib/run.mjs';

/** Valid for `localhost` and `127.0.0.1`, one day, P-256 (fast handshakes for every contender alike). */
export async function createThrowawayCertificate() {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-cert-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  await runOrThrow('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    certFile,
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ]);
  return { keyFile, certFile, remove: () => rm(dir, { recursive: true, force: true }) };
}
